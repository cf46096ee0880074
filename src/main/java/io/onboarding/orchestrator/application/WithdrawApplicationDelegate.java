package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Withdraw application": the integrator withdrew it, with its reason. */
@Component("withdrawApplication")
class WithdrawApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	WithdrawApplicationDelegate(ApplicationLifecycle applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.withdraw(KycApplicationProcess.applicationId(execution),
				KycApplicationProcess.withdrawalReason(execution), KycApplicationProcess.withdrawnBy(execution));
	}

}
