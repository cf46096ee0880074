package io.onboarding.orchestrator.migration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.onboarding.orchestrator.api.FieldError;

/** {@code data.migration}: where one migration stands. */
record MigrationView(UUID id, String status, String sourceId, String serviceProvider, UUID clientId, String reason,
		List<FieldError> errors, UUID batchId, Instant createdAt, Instant updatedAt) {
}
