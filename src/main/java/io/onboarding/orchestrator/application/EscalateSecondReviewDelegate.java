package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Raise priority": an overdue second review is with the senior officers already; it
 * moves to the top of their list.
 */
@Component("escalateSecondReview")
class EscalateSecondReviewDelegate implements JavaDelegate {

	private final KycApplicationProcess process;

	EscalateSecondReviewDelegate(KycApplicationProcess process) {
		this.process = process;
	}

	@Override
	public void execute(DelegateExecution execution) {
		process.raisePriority(execution.getProcessInstanceId(), KycApplicationProcess.TASK_SECOND_REVIEW);
	}

}
