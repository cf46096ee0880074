package io.onboarding.orchestrator.client;

import java.util.UUID;

/** A client became active, in the transaction that activated it. */
public record ClientActivated(UUID clientId) {
}
