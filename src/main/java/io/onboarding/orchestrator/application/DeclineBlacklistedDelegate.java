package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Auto-decline blacklisted client": an officer blacklisted the client meanwhile. */
@Component("declineBlacklisted")
class DeclineBlacklistedDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	DeclineBlacklistedDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.autoDecline(KycApplicationProcess.applicationId(execution), "client blacklisted");
	}

}
