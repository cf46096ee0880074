package io.onboarding.orchestrator.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.user.UserService;

/**
 * Runs the direct workflow of {@code POST /clients}: one transaction from the request to
 * the stored client.
 */
@Service
class DirectOnboardingService {

	private final ClientOnboardingProcess process;

	private final ClientService clients;

	private final UserService users;

	DirectOnboardingService(ClientOnboardingProcess process, ClientService clients, UserService users) {
		this.process = process;
		this.clients = clients;
		this.users = users;
	}

	/**
	 * Starts the onboarding and answers with the client as stored (and its end user, if
	 * asked for).
	 */
	@Transactional
	Envelope onboard(UUID clientId, DirectOnboarding onboarding, String actor) {
		process.start(clientId, onboarding, actor);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("client", clients.view(clientId));
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
