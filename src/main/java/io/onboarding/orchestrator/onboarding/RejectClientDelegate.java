package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientService;

/** "Reject client": the application ended without approval. */
@Component("rejectClient")
class RejectClientDelegate implements JavaDelegate {

	private final ClientService clients;

	RejectClientDelegate(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		clients.rejected(UUID.fromString((String) execution.getVariable(ClientOnboardingProcess.CLIENT_ID)),
				(String) execution.getVariable(ClientOnboardingProcess.DECISION));
	}

}
