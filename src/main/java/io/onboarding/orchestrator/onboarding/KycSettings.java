package io.onboarding.orchestrator.onboarding;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.onboarding.orchestrator.client.KycLevel;

/** {@code onboarding.kyc.default-level}: the KYC level of a client whose request names none. */
@ConfigurationProperties("onboarding.kyc")
record KycSettings(KycLevel defaultLevel) {

    KycSettings {
        defaultLevel = defaultLevel == null ? KycLevel.FULL_KYC : defaultLevel;
    }
}
