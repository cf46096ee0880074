package io.onboarding.orchestrator.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.application.ApplicationLifecycle;

/** "Open KYC application": opens the client's application and submits it for review. */
@Component("openApplication")
class OpenApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	OpenApplicationDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ClientOnboardingProcess.applicationId(execution,
				applications.openAndSubmit(ClientOnboardingProcess.clientId(execution)));
	}

}
