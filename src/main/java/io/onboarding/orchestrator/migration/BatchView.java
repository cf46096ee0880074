package io.onboarding.orchestrator.migration;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code data.batch}: a bulk migration's progress. It is {@code running} while any of its
 * migrations is queued or running, {@code completed} once each has completed or failed.
 */
record BatchView(UUID id, String status, String serviceProvider, int total, Progress progress, Instant createdAt) {

	record Progress(long queued, long running, long completed, long failed) {

		boolean finished() {
			return queued == 0 && running == 0;
		}
	}
}
