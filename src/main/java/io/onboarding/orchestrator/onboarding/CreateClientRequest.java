package io.onboarding.orchestrator.onboarding;

import java.util.List;
import java.util.Map;

import io.onboarding.orchestrator.api.Connect;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.Addresses;
import io.onboarding.orchestrator.client.ClientDetails;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.Profile;
import io.onboarding.orchestrator.relation.RelationInput;

/** {@code POST /clients}: the envelope with the client to onboard. */
record CreateClientRequest(Workflow workflow, Data data, Connect connect, Map<String, Object> metadata) {

	/**
	 * {@code client} for the direct workflow, {@code sourceId} (the provider's id of the
	 * client) for a migration.
	 */
	record Data(DirectClient client, String sourceId) {
	}

	/**
	 * The client of the direct workflow, with the relations of a corporate (either key of
	 * the seed).
	 */
	record DirectClient(Identity identity, Profile profile, Addresses addresses, Map<String, Object> attributes,
			List<RelationInput> relations, List<RelationInput> relatedLegalEntities) {

		ClientDetails details() {
			return new ClientDetails(identity, profile, addresses, attributes);
		}
	}
}
