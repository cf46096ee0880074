package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.verification.ProviderEvent;
import io.onboarding.orchestrator.verification.VerificationWaiters;

/**
 * Tells the verification module which applications wait for a provider's verdict, and
 * hands it over.
 */
@Component
class ApplicationVerifications implements VerificationWaiters {

	private final Applications applications;

	private final KycApplicationProcess process;

	ApplicationVerifications(Applications applications, KycApplicationProcess process) {
		this.applications = applications;
		this.process = process;
	}

	@Override
	@Transactional
	public State state(UUID applicationId) {
		Application application = applications.requireForUpdate(applicationId);
		if (!application.isOpen()) {
			return State.DECIDED;
		}
		return process.awaitsVerification(application) ? State.WAITING : State.IN_PROGRESS;
	}

	@Override
	@Transactional
	public void deliver(UUID applicationId, ProviderEvent.Kind verdict, List<String> labels) {
		process.verificationConcluded(applications.requireForUpdate(applicationId),
				verdict.name().toLowerCase(Locale.ROOT), labels);
	}

}
