package io.onboarding.orchestrator.user;

import java.util.UUID;

import io.onboarding.orchestrator.client.Identity;

/** {@code data.user}: {id, email, identity, category, type}. */
public record UserView(UUID id, String email, Identity identity, String category, String type) {
}
