package io.onboarding.orchestrator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.verification.VerificationLevels;
import io.onboarding.orchestrator.verification.VerificationService;

/**
 * "Register applicant at provider": the provider's applicant and its link for the end
 * user; the client waits in {@code partner_review}. The verification's reminder falls due
 * half way to its expiry ({@code onboarding.verification.timeout}).
 */
@Component("registerAtProvider")
class RegisterAtProviderDelegate implements JavaDelegate {

	private final VerificationService verifications;

	private final VerificationLevels levels;

	private final Clock clock;

	RegisterAtProviderDelegate(VerificationService verifications, VerificationLevels levels, Clock clock) {
		this.verifications = verifications;
		this.levels = levels;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		verifications.register(KycApplicationProcess.applicationId(execution),
				KycApplicationProcess.clientId(execution), KycApplicationProcess.verificationProvider(execution));
		Instant now = clock.instant();
		Duration timeout = levels.timeout();
		execution.setVariable(KycApplicationProcess.VERIFICATION_REMINDER_AT,
				Date.from(now.plus(timeout.dividedBy(2))));
		execution.setVariable(KycApplicationProcess.VERIFICATION_EXPIRES_AT, Date.from(now.plus(timeout)));
	}

}
