package io.onboarding.orchestrator.provider;

/**
 * A verification provider reports an applicant it verified on its own, for whom no client
 * exists yet (SPEC 6.3, the IF platform's third-party onboarding): the migration module
 * imports it, in the transaction that recorded the report.
 */
public record VerifiedApplicantReported(String provider, String applicantId) {
}
