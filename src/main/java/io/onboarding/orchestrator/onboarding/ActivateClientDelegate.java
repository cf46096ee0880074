package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientService;

/** "Activate client": a client that needs no KYC may transact at once. */
@Component("activateClient")
class ActivateClientDelegate implements JavaDelegate {

	private final ClientService clients;

	ActivateClientDelegate(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		clients.activate(UUID.fromString((String) execution.getVariable(ClientOnboardingProcess.CLIENT_ID)));
	}

}
