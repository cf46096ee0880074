package io.onboarding.orchestrator.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.application.KycApplicationProcess;
import io.onboarding.orchestrator.client.ClientLifecycle;

/** "Reject client": the application ended without approval. */
@Component("rejectClient")
class RejectClientDelegate implements JavaDelegate {

	private final ClientLifecycle clients;

	RejectClientDelegate(ClientLifecycle clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// the called application's decision came back under its own name
		clients.rejected(ClientOnboardingProcess.clientId(execution), KycApplicationProcess.autoDeclined(execution));
	}

}
