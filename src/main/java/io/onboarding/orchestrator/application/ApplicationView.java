package io.onboarding.orchestrator.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.onboarding.orchestrator.client.RiskLevel;

/** An application as the API and its webhooks show it. */
public record ApplicationView(UUID id, UUID clientId, String kind, String status, String decision, String reason,
		RiskLevel riskLevel, List<String> screeningReasons, String reviewedBy, String approvedBy,
		String secondApprovedBy, Instant submittedAt, Instant decidedAt, Instant createdAt, Instant updatedAt,
		List<DecisionView> decisions) {

	static ApplicationView of(Application a, List<DecisionView> decisions) {
		return new ApplicationView(a.id(), a.clientId(), a.kind().value(), a.status().value(),
				a.decision() == null ? null : a.decision().value(), a.reason(), a.riskLevel(), a.screeningReasons(),
				a.reviewedBy(), a.approvedBy(), a.secondApprovedBy(), a.submittedAt(), a.decidedAt(), a.createdAt(),
				a.updatedAt(), decisions);
	}
}
