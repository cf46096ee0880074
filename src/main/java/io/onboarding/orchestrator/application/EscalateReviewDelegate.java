package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate review": an overdue review is offered to the senior officers as well. */
@Component("escalateReview")
class EscalateReviewDelegate implements JavaDelegate {

	private final KycApplicationProcess process;

	EscalateReviewDelegate(KycApplicationProcess process) {
		this.process = process;
	}

	@Override
	public void execute(DelegateExecution execution) {
		process.escalate(execution.getProcessInstanceId());
	}

}
