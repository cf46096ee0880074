package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.verification.VerificationService;

/**
 * "Record identity verified": the provider verified the applicant; the application goes
 * on to screening and the client leaves {@code partner_review}.
 */
@Component("recordIdentityVerified")
class RecordIdentityVerifiedDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	private final VerificationService verifications;

	RecordIdentityVerifiedDelegate(ApplicationLifecycle applications, VerificationService verifications) {
		this.applications = applications;
		this.verifications = verifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.identityVerified(KycApplicationProcess.applicationId(execution),
				KycApplicationProcess.verificationProvider(execution));
		verifications.applicantVerified(KycApplicationProcess.clientId(execution));
	}

}
