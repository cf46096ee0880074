package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Approve by rule": a low-risk application of a level that needs no officer. */
@Component("approveByRule")
class ApproveByRuleDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	ApproveByRuleDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.approveByRule(KycApplicationProcess.applicationId(execution));
	}

}
