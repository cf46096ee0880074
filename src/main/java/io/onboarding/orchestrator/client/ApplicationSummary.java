package io.onboarding.orchestrator.client;

import java.util.UUID;

/**
 * The client's current KYC application as the client shows it: {@code application: {id,
 * status, decision}}.
 */
public record ApplicationSummary(UUID id, String status, String decision) {

	/**
	 * The advisory KYC status (SPEC 3.1): the decision if there is one, else whether the
	 * application is being reviewed or still waits.
	 */
	String kycStatus() {
		if (decision != null) {
			return switch (decision) {
				case "approved" -> "approved";
				case "withdrawn" -> "expired";
				default -> "rejected";
			};
		}
		return switch (status) {
			case "under_review", "compliance_review" -> "in_review";
			default -> "pending";
		};
	}
}
