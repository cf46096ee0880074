package io.onboarding.orchestrator.client;

import java.util.UUID;

/**
 * An officer blacklisted the client: its open application, if any, ends auto-declined in
 * the same transaction (the application module listens).
 */
public record ClientBlacklisted(UUID clientId, UUID applicationId) {
}
