package io.onboarding.orchestrator.client;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.contracts}: the catalogue of contracts a client may accept, and
 * {@code onboarding.terms-version}: the terms in force, recorded when a request names
 * none.
 */
@ConfigurationProperties("onboarding")
record ContractSettings(List<String> contracts, String termsVersion) {

	ContractSettings {
		contracts = contracts == null || contracts.isEmpty() ? List.of("BasicContract")
				: contracts.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
		termsVersion = termsVersion == null || termsVersion.isBlank() ? "current" : termsVersion.trim();
	}

	String termsInForce() {
		return termsVersion;
	}

}
