package io.onboarding.orchestrator.verification;

/**
 * What a provider answered to a registration: its id of the applicant, and the end user's
 * link.
 */
public record Registration(String applicantId, String url) {
}
