package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client as the API shows it; which parts of the profile appear depends on the read's
 * includes.
 */
public record ClientView(UUID id, String clientNumber, String fullName, ClientStatus status, KycStatus kycStatus,
		Identity identity, Map<String, Object> profile, Addresses addresses, Map<String, Object> attributes,
		Compliance compliance, ApplicationSummary application, ClientVerifications.Current verification,
		List<ClientVerifications.ProviderStatus> providerStatuses, ClientScreenings.Summary screening,
		Instant nextReviewAt, UUID subClientId, String subClientName, boolean isSubClient, String contract,
		String termsVersion, Instant termsAcceptedAt, Instant closedAt, Instant erasedAt, Instant createdAt,
		Instant updatedAt) {

	/** {@code compliance}: the KYC level, risk and the officer's flags. */
	public record Compliance(KycLevel kycLevel, RiskLevel riskLevel, boolean blacklisted, String blacklistedComment,
			boolean blocked, String kycNote) {
	}

	/**
	 * An entry of {@code GET /clients}: identity, statuses and the profile without
	 * addresses.
	 */
	public record Summary(UUID id, String clientNumber, ClientStatus status, KycStatus kycStatus, Identity identity,
			Map<String, Object> profile, String fullName, Instant createdAt) {
	}
}
