package io.onboarding.orchestrator.application;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.verification.VerificationService;

/**
 * "Expire verification": nobody finished at the provider in time; the application is
 * withdrawn, reason {@code expired}.
 */
@Component("expireVerification")
class ExpireVerificationDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	private final VerificationService verifications;

	ExpireVerificationDelegate(ApplicationLifecycle applications, VerificationService verifications) {
		this.applications = applications;
		this.verifications = verifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = KycApplicationProcess.applicationId(execution);
		verifications.expire(applicationId);
		applications.withdraw(applicationId, ExpireApplicationDelegate.EXPIRED, ApplicationLifecycle.SYSTEM);
		execution.setVariable(KycApplicationProcess.VERIFICATION_OUTCOME, ExpireApplicationDelegate.EXPIRED);
	}

}
