package io.onboarding.orchestrator.verification;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.KycLevel;
import io.onboarding.orchestrator.provider.ProviderSettings;

/**
 * What {@code kyc-application} asks of the configuration, as
 * {@code ${verificationLevels.providerFor(kycLevel)}} and
 * {@code ${verificationLevels.retryCycle(verificationProvider)}}: decided when an
 * application starts, so that a configuration change never moves one under way.
 */
@Component("verificationLevels")
public class VerificationLevels {

	private final VerificationSettings settings;

	VerificationLevels(VerificationSettings settings) {
		this.settings = settings;
	}

	/** The provider that verifies applicants of the level, or null when none does. */
	public String providerFor(String kycLevel) {
		return kycLevel == null ? null : settings.providerFor(KycLevel.valueOf(kycLevel)).orElse(null);
	}

	/**
	 * How calls to the provider are retried, in Camunda's failedJobRetryTimeCycle form.
	 */
	public String retryCycle(String provider) {
		return settings.providers().containsKey(provider) ? settings.provider(provider).retryCycle()
				: ProviderSettings.DEFAULT_RETRY_CYCLE;
	}

	public Duration timeout() {
		return settings.timeout();
	}

}
