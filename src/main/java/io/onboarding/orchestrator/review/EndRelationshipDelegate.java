package io.onboarding.orchestrator.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientLifecycle;

/** "End the relationship": the review did not approve the client; it is rejected. */
@Component("endRelationship")
class EndRelationshipDelegate implements JavaDelegate {

	private final ClientLifecycle clients;

	EndRelationshipDelegate(ClientLifecycle clients) {
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		clients.reviewEnded(ClientReviewProcess.clientId(execution), false);
	}

}
