package io.onboarding.orchestrator.relation;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.PageMetadata;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.ClientSnapshot;
import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.api.Violations;

/** The related parties of a corporate client (SPEC 4). */
@RestController
@RequestMapping("/clients/{clientId}/relations")
class RelationController {

	private final RelationService relations;

	private final ClientDirectory clients;

	RelationController(RelationService relations, ClientDirectory clients) {
		this.relations = relations;
		this.clients = clients;
	}

	/**
	 * {@code data.clientRelation} (one) or {@code data.clientRelations} (at most ten),
	 * never both.
	 */
	@PostMapping
	ResponseEntity<Envelope> add(@PathVariable UUID clientId, @RequestBody AddRequest request) {
		ClientSnapshot client = clients.snapshot(clientId);
		Violations v = new Violations();
		AddData data = request.data();
		boolean single = data != null && data.clientRelation() != null;
		boolean many = data != null && data.clientRelations() != null;
		if (single && many) {
			v.add("data.clientRelations", "give clientRelation or clientRelations, not both");
		}
		else if (!single && !many) {
			v.add("data.clientRelation",
					"is required (or data.clientRelations, at most " + RelationRules.MAX_PER_REQUEST + ")");
		}
		else if (many && data.clientRelations().isEmpty()) {
			v.add("data.clientRelations", "must not be empty");
		}
		v.throwIfAny();
		String path = single ? "data.clientRelation" : "data.clientRelations";
		List<RelationInput> inputs = single ? List.of(data.clientRelation()) : data.clientRelations();
		if (single) {
			RelationRules.validate(v, path, data.clientRelation());
		}
		else {
			RelationRules.validate(v, path, inputs);
		}
		v.throwIfAny();
		RelationRules.requireCorporateHolder(path, client.identity());
		RelationRules.checkRoles(single ? "data" : path, single ? List.of(data.clientRelation()) : inputs);
		List<RelationView> added = relations.add(clientId, inputs);
		Envelope body = new Envelope(Map.of("code", Workflow.DIRECT),
				single ? Envelope.single("clientRelation", added.get(0)) : Envelope.single("clientRelations", added),
				Map.of(), Map.of());
		URI location = URI.create("/clients/" + clientId + "/relations" + (single ? "/" + added.get(0).id() : ""));
		return ResponseEntity.status(HttpStatus.CREATED).location(location).body(body);
	}

	@GetMapping
	Envelope list(@PathVariable UUID clientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		clients.snapshot(clientId);
		Violations v = new Violations();
		var pageRequest = PageMetadata.request(v, page, size, Sort.by("createdAt", "id"));
		v.throwIfAny();
		Page<RelationView> result = relations.list(clientId, pageRequest);
		return Envelope.read("clientRelations", result.getContent()).withMetadata(PageMetadata.of(result));
	}

	@GetMapping("/{id}")
	Envelope read(@PathVariable UUID clientId, @PathVariable UUID id) {
		return Envelope.read("clientRelation", relations.read(clientId, id));
	}

	@PatchMapping("/{id}")
	Envelope update(@PathVariable UUID clientId, @PathVariable UUID id, @RequestBody UpdateRequest request) {
		JsonNode patch = request.data() == null ? null : request.data().get("clientRelation");
		return new Envelope(Map.of("code", Workflow.DIRECT),
				Envelope.single("clientRelation", relations.update(clientId, id, patch)), Map.of(), Map.of());
	}

	/**
	 * An operator's decision on a related party whose screening found a hit:
	 * {@code data.decision} accept or reject (SPEC 4).
	 */
	@PostMapping("/{id}/decision")
	Envelope decide(@PathVariable UUID clientId, @PathVariable UUID id, @RequestBody DecisionRequest request,
			Principal principal) {
		Violations v = new Violations();
		String decision = request.data() == null ? null : request.data().decision();
		if (v.required("data.decision", decision)) {
			v.oneOf("data.decision", decision, DECISIONS);
		}
		v.throwIfAny();
		return Envelope.read("clientRelation",
				relations.decide(clientId, id, "accept".equals(decision), principal.getName()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID clientId, @PathVariable UUID id) {
		relations.delete(clientId, id);
	}

	private static final List<String> DECISIONS = List.of("accept", "reject");

	record DecisionRequest(Map<String, Object> workflow, DecisionData data) {
	}

	record DecisionData(String decision) {
	}

	record AddRequest(Workflow workflow, AddData data) {
	}

	record AddData(RelationInput clientRelation, List<RelationInput> clientRelations) {
	}

	record UpdateRequest(Workflow workflow, JsonNode data) {
	}

}
