package io.onboarding.orchestrator.client;

import java.util.UUID;

/** A client's identity changed, in the transaction that changed it. */
public record ClientIdentityChanged(UUID clientId) {
}
