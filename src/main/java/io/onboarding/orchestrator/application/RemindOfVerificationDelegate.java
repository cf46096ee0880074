package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.verification.VerificationService;

/**
 * "Remind of the verification": {@code verification/reminder}, with the link still to
 * use.
 */
@Component("remindOfVerification")
class RemindOfVerificationDelegate implements JavaDelegate {

	private final VerificationService verifications;

	RemindOfVerificationDelegate(VerificationService verifications) {
		this.verifications = verifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		verifications.remind(KycApplicationProcess.applicationId(execution));
	}

}
