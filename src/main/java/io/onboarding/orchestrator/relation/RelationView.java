package io.onboarding.orchestrator.relation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.Profile;
import io.onboarding.orchestrator.client.RiskLevel;

/**
 * A related party as the API shows it, with {@code fullName} and its {@code screening}.
 */
public record RelationView(UUID id, UUID clientId, String relation, Identity identity, Profile profile,
		Map<String, Object> attributes, String fullName, Screening screening, Instant createdAt, Instant updatedAt) {

	/** {@code {status, riskLevel, reasons, reviewedBy}} */
	public record Screening(String status, RiskLevel riskLevel, List<String> reasons, String reviewedBy) {
	}
}
