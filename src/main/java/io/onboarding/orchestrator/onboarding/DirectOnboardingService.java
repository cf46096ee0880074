package io.onboarding.orchestrator.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.relation.RelationService;
import io.onboarding.orchestrator.user.UserService;

/**
 * Runs the direct workflow of {@code POST /clients} in one transaction: the client and
 * its relations are stored first, then the onboarding starts with the client's id.
 */
@Service
class DirectOnboardingService {

	private final ClientOnboardingProcess process;

	private final ClientLifecycle lifecycle;

	private final ClientDirectory clients;

	private final RelationService relations;

	private final UserService users;

	DirectOnboardingService(ClientOnboardingProcess process, ClientLifecycle lifecycle, ClientDirectory clients,
			RelationService relations, UserService users) {
		this.process = process;
		this.lifecycle = lifecycle;
		this.clients = clients;
		this.relations = relations;
		this.users = users;
	}

	/**
	 * Stores the client and starts its onboarding; answers with the client as stored, its
	 * relations, and its end user if asked for.
	 */
	@Transactional
	Envelope onboard(UUID clientId, DirectOnboarding onboarding, String actor) {
		lifecycle.register(clientId, onboarding.client(), actor);
		var added = relations.add(clientId, onboarding.relations());
		process.start(clientId, onboarding.client().kycLevel().name(), onboarding.createUser(),
				onboarding.client().requestedProvider(), actor);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("client", clients.viewOfNew(clientId));
		if (!added.isEmpty()) {
			data.put("clientRelations", added);
		}
		if (onboarding.createUser()) {
			users.userOf(clientId).ifPresent(user -> {
				data.put("user", user.user());
				data.put("userClientRelation", user.relation());
			});
		}
		Map<String, Object> workflow = new LinkedHashMap<>();
		workflow.put("code", Workflow.DIRECT);
		if (onboarding.createUser()) {
			workflow.put("createUser", true);
		}
		workflow.put("kycLevel", onboarding.client().kycLevel().name());
		Map<String, Object> connect = onboarding.client().requestedProvider() == null ? Map.of()
				: Map.of("serviceProvider", onboarding.client().requestedProvider());
		return new Envelope(workflow, data, connect, Map.of());
	}

}
