package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Auto-decline application": screening's route was a decline, with its reasons. */
@Component("autoDeclineApplication")
class AutoDeclineApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	AutoDeclineApplicationDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.autoDecline(KycApplicationProcess.applicationId(execution),
				"declined by screening: " + String.join(", ", ScreeningFacts.of(execution).reasons()));
	}

}
