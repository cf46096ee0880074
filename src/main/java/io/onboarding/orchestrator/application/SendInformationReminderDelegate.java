package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send information reminder": {@code applications/information-reminder}. */
@Component("sendInformationReminder")
class SendInformationReminderDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	SendInformationReminderDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.remindOfInformation(KycApplicationProcess.applicationId(execution));
	}

}
