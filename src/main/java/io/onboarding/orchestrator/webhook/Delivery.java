package io.onboarding.orchestrator.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery as the API shows it: where it stands and, read alone, every attempt made.
 */
record Delivery(UUID id, UUID eventId, String eventType, UUID endpointId, String status, int attempts,
		Integer lastResponseCode, String lastError, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt,
		List<Attempt> attemptHistory) {

	Delivery withAttempts(List<Attempt> history) {
		return new Delivery(id, eventId, eventType, endpointId, status, attempts, lastResponseCode, lastError,
				nextAttemptAt, createdAt, deliveredAt, history);
	}

	/**
	 * One try: when, what the endpoint answered (or what went wrong), how long it took.
	 */
	record Attempt(int attempt, Instant attemptedAt, Integer responseCode, String error, long durationMs) {
	}
}
