package io.onboarding.orchestrator.client;

import java.util.UUID;

/**
 * An officer lifted the client's blacklist: it is onboarded again with a new application,
 * in the same transaction (the onboarding module listens).
 */
public record BlacklistLifted(UUID clientId, KycLevel kycLevel, String requestedProvider, String actor) {
}
