package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.application.ApplicationService;

/** "Open KYC application": opens the client's application and submits it for review. */
@Component("openApplication")
class OpenApplicationDelegate implements JavaDelegate {

	private final ApplicationService applications;

	OpenApplicationDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID clientId = UUID.fromString((String) execution.getVariable(ClientOnboardingProcess.CLIENT_ID));
		UUID applicationId = applications.openAndSubmit(clientId);
		execution.setVariable(ClientOnboardingProcess.APPLICATION_ID, applicationId.toString());
	}

}
