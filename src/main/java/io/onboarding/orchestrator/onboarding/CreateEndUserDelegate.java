package io.onboarding.orchestrator.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.user.UserService;

/**
 * "Create end user": gives an individual client its end user, linking one that has the
 * same email; run again, it finds the link it made.
 */
@Component("createEndUser")
class CreateEndUserDelegate implements JavaDelegate {

	private final ClientDirectory clients;

	private final UserService users;

	CreateEndUserDelegate(ClientDirectory clients, UserService users) {
		this.clients = clients;
		this.users = users;
	}

	@Override
	public void execute(DelegateExecution execution) {
		users.createForClient(clients.snapshot(ClientOnboardingProcess.clientId(execution)));
	}

}
