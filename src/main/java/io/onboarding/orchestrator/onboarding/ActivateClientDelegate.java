package io.onboarding.orchestrator.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientLifecycle;

/** "Activate client": a client that needs no KYC may transact at once. */
@Component("activateClient")
class ActivateClientDelegate implements JavaDelegate {

	private final ClientLifecycle clients;

	ActivateClientDelegate(ClientLifecycle clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		clients.activate(ClientOnboardingProcess.clientId(execution));
	}

}
