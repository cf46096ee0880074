package io.onboarding.orchestrator.client;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code onboarding.contracts}: the catalogue of contracts a client may accept. */
@ConfigurationProperties("onboarding")
record ContractSettings(List<String> contracts) {

	ContractSettings {
		contracts = contracts == null || contracts.isEmpty() ? List.of("BasicContract")
				: contracts.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
	}
}
