package io.onboarding.orchestrator.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.ProcessVariables;

/**
 * "Start KYC onboarding" of {@code client-migration}: a migrated client its provider had
 * not verified is onboarded like a direct one, by {@code client-onboarding} from "KYC
 * required?".
 */
@Component("startKycOnboarding")
class StartKycOnboardingDelegate implements JavaDelegate {

	private final ClientOnboardingProcess onboarding;

	StartKycOnboardingDelegate(ClientOnboardingProcess onboarding) {
		this.onboarding = onboarding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// The migration's variables have the same names as the onboarding's.
		onboarding.onboardMigrated(ClientOnboardingProcess.clientId(execution),
				ProcessVariables.text(execution, ClientOnboardingProcess.KYC_LEVEL),
				ClientOnboardingProcess.serviceProvider(execution),
				ProcessVariables.text(execution, ClientOnboardingProcess.REQUESTED_BY));
	}

}
