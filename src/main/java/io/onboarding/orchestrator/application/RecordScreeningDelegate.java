package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record screening result": the risk level and reasons onto the application and the
 * client.
 */
@Component("recordScreening")
class RecordScreeningDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	RecordScreeningDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.screened(KycApplicationProcess.applicationId(execution),
				KycApplicationProcess.riskLevel(execution), ScreeningFacts.of(execution));
	}

}
