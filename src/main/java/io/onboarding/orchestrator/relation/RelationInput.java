package io.onboarding.orchestrator.relation;

import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.Profile;

/** A related party as an integrator sends it: its role, identity and profile. */
public record RelationInput(String relation, Identity identity, Profile profile) {
}
