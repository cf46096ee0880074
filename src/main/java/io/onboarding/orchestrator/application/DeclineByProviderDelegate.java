package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Decline as the provider rejected": the provider's reject labels are the reason. */
@Component("declineByProvider")
class DeclineByProviderDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	DeclineByProviderDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.declinedByProvider(KycApplicationProcess.applicationId(execution),
				KycApplicationProcess.verificationProvider(execution),
				KycApplicationProcess.verificationLabels(execution));
	}

}
