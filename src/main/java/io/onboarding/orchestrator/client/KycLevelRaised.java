package io.onboarding.orchestrator.client;

import java.util.UUID;

/**
 * An officer raised the KYC level of an active client (SPEC 5.5): an application at the
 * new level opens, in the officer's transaction.
 */
public record KycLevelRaised(UUID clientId, KycLevel kycLevel, String actor) {
}
