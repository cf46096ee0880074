package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.user.UserService;

/**
 * "Create end user": gives an individual client its end user, linking one that has the
 * same email.
 */
@Component("createEndUser")
class CreateEndUserDelegate implements JavaDelegate {

	private final ClientService clients;

	private final UserService users;

	CreateEndUserDelegate(ClientService clients, UserService users) {
		this.clients = clients;
		this.users = users;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID clientId = UUID.fromString((String) execution.getVariable(ClientOnboardingProcess.CLIENT_ID));
		users.createForClient(clients.client(clientId));
	}

}
