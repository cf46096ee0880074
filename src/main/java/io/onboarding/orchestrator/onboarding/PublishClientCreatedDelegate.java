package io.onboarding.orchestrator.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientLifecycle;

/** "Publish client created": records the clients/created webhook event. */
@Component("publishClientCreated")
class PublishClientCreatedDelegate implements JavaDelegate {

	private final ClientLifecycle clients;

	PublishClientCreatedDelegate(ClientLifecycle clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		clients.publishCreated(ClientOnboardingProcess.clientId(execution));
	}

}
