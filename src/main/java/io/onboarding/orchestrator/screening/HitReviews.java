package io.onboarding.orchestrator.screening;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * The review of a hit on an active client: opened with its process and a
 * {@code screening/hit-opened} webhook; each officer's decision recorded as the task
 * completes (from Tasklist or the API alike); {@code screening/hit-decided} once it is
 * final.
 */
@Service
class HitReviews {

	static final String MODULE = "screening";

	private final Hits hits;

	private final ScreeningReviewProcess process;

	private final EventPublisher events;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	HitReviews(Hits hits, ScreeningReviewProcess process, EventPublisher events, ObjectMapper objectMapper,
			Clock clock) {
		this.hits = hits;
		this.process = process;
		this.events = events;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/** In the caller's transaction: the hit, its process and its webhook, or none. */
	void open(Hit hit) {
		process.start(hit.id(), hit.clientId());
		events.publish(MODULE, "hit-opened", hit.clientId(), () -> Map.of("hit", hit.view(objectMapper)), Map.of());
	}

	@Transactional
	void decided(UUID hitId, Hit.Outcome outcome, String reason, String actor) {
		hits.requireForUpdate(hitId).decide(outcome, reason, actor, clock.instant());
	}

	/** The hit's outcome, once final: the process's last gateway reads it. */
	@Transactional(readOnly = true)
	Hit.Status status(UUID hitId) {
		return hits.require(hitId).status();
	}

	@Transactional
	void publishDecided(UUID hitId) {
		Hit hit = hits.require(hitId);
		events.publish(MODULE, "hit-decided", hit.clientId(), () -> Map.of("hit", hit.view(objectMapper)), Map.of());
	}

}
