package io.onboarding.orchestrator.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientLifecycle;

/**
 * "Confirm client": the review approved it; active (released if a screening hit froze it)
 * and due again by its risk level.
 */
@Component("confirmClient")
class ConfirmClientDelegate implements JavaDelegate {

	private final ClientLifecycle clients;

	ConfirmClientDelegate(ClientLifecycle clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		clients.reviewEnded(ClientReviewProcess.clientId(execution), true);
	}

}
