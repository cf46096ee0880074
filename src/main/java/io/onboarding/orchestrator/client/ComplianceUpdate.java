package io.onboarding.orchestrator.client;

/**
 * {@code PATCH /clients/{id}/compliance}: any of these; null leaves a field as it is.
 */
record ComplianceUpdate(RiskLevel riskLevel, Boolean blacklisted, String blacklistedComment, Boolean blocked,
		String kycNote, KycLevel kycLevel, boolean closes) {
}
