package io.onboarding.orchestrator.screening;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code onboarding.screening.*} (SPEC 5.5, 10): the list files the service loads itself
 * ({@code lists.<name>}: a Spring resource, {@code file:/etc/onboarding/un.xml} or an
 * {@code https:} URL, re-read when it changes), the score from which a name matches, the
 * largest list file accepted, and the high-risk countries.
 */
@ConfigurationProperties("onboarding.screening")
record ScreeningSettings(Map<String, String> lists, double matchThreshold, DataSize maxListSize,
		List<String> highRiskCountries) {

	ScreeningSettings {
		lists = lists == null ? Map.of() : Map.copyOf(lists);
		matchThreshold = matchThreshold <= 0 ? 0.85 : matchThreshold;
		maxListSize = maxListSize == null ? DataSize.ofMegabytes(300) : maxListSize;
		highRiskCountries = highRiskCountries == null ? List.of()
				: highRiskCountries.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
	}

	/** Whether any of the party's countries is on the configured high-risk list. */
	boolean anyHighRisk(Collection<String> countries) {
		return countries.stream().anyMatch(highRiskCountries::contains);
	}

}
