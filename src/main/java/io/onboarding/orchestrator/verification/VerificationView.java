package io.onboarding.orchestrator.verification;

import java.time.Instant;
import java.util.List;

/** A verification as the client and the {@code verification/updated} webhook show it. */
public record VerificationView(String provider, String applicantId, VerificationStatus status, String url,
		List<String> rejectLabels, Instant createdAt, Instant updatedAt, Instant deletedAt) {
}
