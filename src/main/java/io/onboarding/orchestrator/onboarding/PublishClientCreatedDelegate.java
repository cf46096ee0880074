package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientService;

/** "Publish client created": records the clients/created webhook event. */
@Component("publishClientCreated")
class PublishClientCreatedDelegate implements JavaDelegate {

	private final ClientService clients;

	PublishClientCreatedDelegate(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		clients.publishCreated(UUID.fromString((String) execution.getVariable(ClientOnboardingProcess.CLIENT_ID)));
	}

}
