package io.onboarding.orchestrator.relation;

import java.util.Map;

import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.Profile;

/**
 * A related party as an integrator sends it: its role, identity and profile, and optional
 * attributes (the reserved {@code isPep} is read by screening).
 */
public record RelationInput(String relation, Identity identity, Profile profile, Map<String, Object> attributes) {
}
