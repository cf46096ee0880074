package io.onboarding.orchestrator.client;

import java.util.UUID;

/**
 * Announced in the transaction that closed a client's relationship (SPEC 7.5), so that
 * its open application, if any, ends with it.
 */
public record ClientClosed(UUID clientId, UUID applicationId, String actor) {
}
