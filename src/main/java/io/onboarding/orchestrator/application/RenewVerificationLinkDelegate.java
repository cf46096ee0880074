package io.onboarding.orchestrator.application;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.verification.VerificationService;

/**
 * "Issue a fresh link": the provider asked the applicant to try again (the application is
 * then a request for information, the reject labels its reason) or set it back; either
 * way the end user gets a new link.
 */
@Component("renewVerificationLink")
class RenewVerificationLinkDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	private final VerificationService verifications;

	RenewVerificationLinkDelegate(ApplicationLifecycle applications, VerificationService verifications) {
		this.applications = applications;
		this.verifications = verifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = KycApplicationProcess.applicationId(execution);
		if ("rejected_retry".equals(KycApplicationProcess.verificationOutcome(execution))) {
			applications.retryRequestedByProvider(applicationId, KycApplicationProcess.verificationProvider(execution),
					KycApplicationProcess.verificationLabels(execution));
		}
		verifications.renewLink(applicationId);
	}

}
