package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Expire application": the requested information never came. */
@Component("expireApplication")
class ExpireApplicationDelegate implements JavaDelegate {

	static final String EXPIRED = "expired";

	private final ApplicationLifecycle applications;

	ExpireApplicationDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.withdraw(KycApplicationProcess.applicationId(execution), EXPIRED, ApplicationLifecycle.SYSTEM);
	}

}
