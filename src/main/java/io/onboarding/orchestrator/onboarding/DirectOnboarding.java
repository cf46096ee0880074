package io.onboarding.orchestrator.onboarding;

import java.util.List;

import io.onboarding.orchestrator.client.NewClient;
import io.onboarding.orchestrator.relation.RelationInput;

/**
 * A validated direct onboarding: the client, its relations and whether it gets an end
 * user.
 */
record DirectOnboarding(NewClient client, List<RelationInput> relations, boolean createUser) {
}
