package io.onboarding.orchestrator.client;

/**
 * A validated client to create: what the integrator described and how it is to be
 * onboarded.
 */
public record NewClient(ClientDetails details, KycLevel kycLevel, String requestedProvider) {
}
