package io.onboarding.orchestrator.screening;

import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.api.DecisionErrors;

/**
 * Hits over the API: listed, read, and decided by an operator, which completes the same
 * Tasklist task an officer would (so both leave the same record and obey the same
 * four-eyes rule).
 */
@Service
class HitDecisions {

	private final Hits hits;

	private final ScreeningReviewProcess process;

	private final ObjectMapper objectMapper;

	HitDecisions(Hits hits, ScreeningReviewProcess process, ObjectMapper objectMapper) {
		this.hits = hits;
		this.process = process;
		this.objectMapper = objectMapper;
	}

	@Transactional(readOnly = true)
	Page<HitView> list(Hit.Status status, UUID clientId, Pageable page) {
		return hits.search(status, clientId, page).map(hit -> hit.view(objectMapper));
	}

	@Transactional(readOnly = true)
	HitView view(UUID id) {
		return hits.require(id).view(objectMapper);
	}

	@Transactional
	HitView decide(UUID id, Hit.Outcome outcome, String reason, String actor) {
		Hit hit = hits.requireForUpdate(id);
		if (hit.context() != Hit.Context.ONGOING) {
			throw new ConflictException("Hit " + id + " is decided in the review of its application or related party");
		}
		if (!hit.status().isOpen()) {
			throw new ConflictException("Hit " + id + " is " + hit.status().value() + " and can't be decided again");
		}
		try {
			// an instance ending meanwhile is not found, or is an optimistic lock when
			// the task completes: a 409 either way
			var task = process.openTask(id, hit.clientId())
				.orElseThrow(() -> new ConflictException("Hit " + id + " waits for no decision right now"));
			process.decide(task, outcome, reason, actor);
		}
		catch (ProcessEngineException e) {
			throw DecisionErrors.unwrap(e, "Hit " + id + " was decided by someone else at the same time");
		}
		hits.flush();
		return hits.require(id).view(objectMapper);
	}

}
