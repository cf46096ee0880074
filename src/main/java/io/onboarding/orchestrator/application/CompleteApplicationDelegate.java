package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Complete application" / "Close application": the decision is handed to the onboarding
 * that called the application.
 */
@Component("completeApplication")
class CompleteApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	CompleteApplicationDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		KycApplicationProcess.decision(execution,
				applications.complete(KycApplicationProcess.applicationId(execution)));
	}

}
