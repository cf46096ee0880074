package io.onboarding.orchestrator.relation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.api.DecisionErrors;
import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.InvalidRequestException;
import io.onboarding.orchestrator.api.JsonPaths;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.ReservedAttributes;
import io.onboarding.orchestrator.client.RiskLevel;
import io.onboarding.orchestrator.screening.PartyChecks;
import io.onboarding.orchestrator.screening.HitView;
import io.onboarding.orchestrator.screening.ScreenedParty;
import io.onboarding.orchestrator.screening.Screening;
import io.onboarding.orchestrator.screening.ScreeningOutcome;
import io.onboarding.orchestrator.api.Violations;
import io.onboarding.orchestrator.webhook.EventPublisher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * The related parties of corporate clients: added (and onboarded by
 * {@code relation-onboarding}), read, changed, deleted, screened and reviewed. Each
 * change publishes {@code relations/<change>}.
 */
@Service
public class RelationService {

	private static final String PATCH_PATH = "data.clientRelation";

	private final Relations relations;

	private final RelationOnboardingProcess process;

	private final Screening screening;

	private final PartyChecks checks;

	private final EventPublisher events;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	RelationService(Relations relations, RelationOnboardingProcess process, Screening screening, PartyChecks checks,
			EventPublisher events, ObjectMapper objectMapper, Clock clock) {
		this.relations = relations;
		this.process = process;
		this.screening = screening;
		this.checks = checks;
		this.events = events;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/** Whether screening found something on a related party of the client. */
	@Transactional(readOnly = true)
	public boolean hasScreeningHits(UUID clientId) {
		return relations.anyScreeningHits(clientId);
	}

	/**
	 * How many of the client's related parties still wait for their screening or its
	 * review.
	 */
	@Transactional(readOnly = true)
	public long unscreened(UUID clientId) {
		return relations.countUnscreened(clientId);
	}

	/**
	 * Adds validated relations to a client and starts each one's onboarding; returns them
	 * in the order given.
	 */
	@Transactional
	public List<RelationView> add(UUID clientId, List<RelationInput> inputs) {
		List<RelationView> added = new ArrayList<>();
		for (RelationInput input : inputs) {
			Relation relation = relations.save(new Relation(UUID.randomUUID(), clientId, input, clock.instant()));
			relations.flush();
			publish(relation, "created");
			process.start(relation.id(), clientId);
			added.add(relation.view());
		}
		return added;
	}

	@Transactional(readOnly = true)
	Page<RelationView> list(UUID clientId, Pageable pageable) {
		return relations.findLive(clientId, pageable).map(Relation::view);
	}

	/**
	 * An operator decides a related party's hit over the API, as an officer does in
	 * Tasklist.
	 */
	@Transactional
	RelationView decide(UUID clientId, UUID id, boolean accept, String actor) {
		// the row lock makes two operators deciding at once take turns: the second finds
		// no task left
		relations.requireForUpdate(find(clientId, id).id());
		try {
			// an instance the job executor ends meanwhile (after an earlier decision)
			// is not found, or is an optimistic lock when the task completes: a 409
			// either way
			Task task = process.openReview(id, clientId)
				.orElseThrow(() -> new ConflictException("Relation " + id + " waits for no review: "
						+ "only a related party whose screening found a hit does"));
			process.decide(task, accept, actor);
		}
		catch (ProcessEngineException e) {
			throw DecisionErrors.unwrap(e, "Relation " + id + " was decided by someone else at the same time");
		}
		relations.flush();
		return find(clientId, id).view();
	}

	@Transactional(readOnly = true)
	RelationView read(UUID clientId, UUID id) {
		return find(clientId, id).view();
	}

	/**
	 * Patch-style: the role and profile given replace the stored ones, identity fields
	 * are merged.
	 */
	@Transactional
	RelationView update(UUID clientId, UUID id, JsonNode patch) {
		Relation relation = relations.findLiveForUpdate(clientId, id)
			.orElseThrow(() -> new NotFoundException("Relation", id));
		if (patch == null || !patch.isObject()) {
			throw new InvalidRequestException(PATCH_PATH, "is required and must be an object");
		}
		ObjectNode merged = objectMapper.valueToTree(relation.input());
		patch.fields().forEachRemaining(field -> {
			if ("identity".equals(field.getKey()) && field.getValue().isObject() && merged.get("identity") != null) {
				ObjectNode identity = ((ObjectNode) merged.get("identity")).deepCopy();
				field.getValue().fields().forEachRemaining(f -> {
					if (f.getValue().isNull()) {
						identity.remove(f.getKey());
					}
					else {
						identity.set(f.getKey(), f.getValue());
					}
				});
				merged.set("identity", identity);
			}
			else if (List.of("relation", "profile", "identity", "attributes").contains(field.getKey())) {
				merged.set(field.getKey(), field.getValue());
			}
		});
		RelationInput input;
		try {
			input = objectMapper.treeToValue(merged, RelationInput.class);
		}
		catch (JsonMappingException e) {
			throw new InvalidRequestException(PATCH_PATH + "." + JsonPaths.of(e), "has the wrong type");
		}
		catch (JsonProcessingException e) {
			throw new InvalidRequestException(PATCH_PATH, "could not be read");
		}
		if (input.identity() != null && !relation.identity().type().equals(input.identity().type())) {
			throw new BusinessRuleException(PATCH_PATH + ".identity.type",
					"The identity type of a related party can't change (it is " + relation.identity().type() + ")");
		}
		Violations v = new Violations();
		RelationRules.validate(v, PATCH_PATH, input);
		v.throwIfAny();
		RelationRules.checkRoles(PATCH_PATH, List.of(input));
		relation.describe(input, clock.instant());
		relations.flush();
		publish(relation, "updated");
		return relation.view();
	}

	/** Deletes a relation: gone from reads, its onboarding ended. */
	@Transactional
	void delete(UUID clientId, UUID id) {
		Relation relation = relations.findLiveForUpdate(clientId, id)
			.orElseThrow(() -> new NotFoundException("Relation", id));
		relation.delete(clock.instant());
		relations.flush();
		publish(relation, "deleted");
		process.relationDeleted(clientId, id);
		screening.forget(id);
		releaseApplication(clientId);
	}

	/**
	 * What screening looks at: the lists (a sanction, a PEP entry), declared PEP, age,
	 * countries. The row is locked here already: the screening's next step changes it in
	 * the same transaction, and must not find it stale.
	 */
	@Transactional
	RelationFacts facts(UUID id) {
		Relation relation = relations.requireForUpdate(id);
		Identity identity = relation.identity();
		List<String> countries = new ArrayList<>();
		countries.add(identity.country());
		if (relation.profile() != null && relation.profile().primaryAddress() != null) {
			countries.add(relation.profile().primaryAddress().country());
		}
		ScreeningOutcome listed = screening.screenForApplication(ScreenedParty.of(relation.id(), relation.clientId(),
				ScreenedParty.Kind.RELATION, identity, countries.subList(1, countries.size())), null);
		String list = listed.hits().stream().filter(HitView::isSanction).map(HitView::list).findFirst().orElse(null);
		return new RelationFacts(listed.sanction(), list,
				ReservedAttributes.isPep(relation.attributes()) || listed.pep(), checks.isMinor(identity),
				checks.anyHighRisk(countries));
	}

	/** Screening's verdict; a clear party is published as screened at once. */
	@Transactional
	void screened(UUID id, RiskLevel riskLevel, RelationFacts facts) {
		Relation relation = relations.requireForUpdate(id);
		relation.screened(riskLevel, facts.reasons(), clock.instant());
		relations.flush();
		if (relation.isClear()) {
			publish(relation, "screened");
			releaseApplication(relation.clientId());
		}
	}

	/** An officer accepts or rejects a hit. */
	@Transactional
	void reviewed(UUID id, boolean accepted, String actor) {
		Relation relation = relations.requireForUpdate(id);
		relation.reviewed(accepted, actor, clock.instant());
		screening.relatedPartyReviewed(id, accepted, actor);
		relations.flush();
		publish(relation, "screened");
		releaseApplication(relation.clientId());
	}

	@Transactional(readOnly = true)
	RelationView view(UUID id) {
		return relations.findById(id).map(Relation::view).orElseThrow(() -> new NotFoundException("Relation", id));
	}

	/**
	 * Once no related party waits any more, the client's application may go to its
	 * review.
	 */
	private void releaseApplication(UUID clientId) {
		if (relations.countUnscreened(clientId) == 0) {
			process.relatedPartiesScreened(clientId);
		}
	}

	private Relation find(UUID clientId, UUID id) {
		return relations.findLive(clientId, id).orElseThrow(() -> new NotFoundException("Relation", id));
	}

	private void publish(Relation relation, String type) {
		events.publish("relations", type, relation.clientId(), () -> Envelope.single("clientRelation", relation.view()),
				Map.of());
	}

}
