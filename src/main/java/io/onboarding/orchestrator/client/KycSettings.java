package io.onboarding.orchestrator.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.kyc.default-level}: the KYC level of a client whose request names
 * none.
 */
@ConfigurationProperties("onboarding.kyc")
public record KycSettings(KycLevel defaultLevel) {

	public KycSettings {
		defaultLevel = defaultLevel == null ? KycLevel.FULL_KYC : defaultLevel;
	}
}
