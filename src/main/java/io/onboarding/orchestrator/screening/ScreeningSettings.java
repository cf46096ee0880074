package io.onboarding.orchestrator.screening;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import java.util.Collection;

/**
 * {@code onboarding.screening.*} as related parties' screening reads it: the watchlist (a
 * Spring resource: {@code file:/etc/onboarding/watchlist.csv}; the sample list by
 * default), the match threshold and the high-risk countries.
 */
@ConfigurationProperties("onboarding.screening")
record ScreeningSettings(String watchlist, double matchThreshold, List<String> highRiskCountries) {

	ScreeningSettings {
		watchlist = watchlist == null || watchlist.isBlank() ? "classpath:watchlist/sample.csv" : watchlist;
		matchThreshold = matchThreshold <= 0 ? 0.92 : matchThreshold;
		highRiskCountries = highRiskCountries == null ? List.of()
				: highRiskCountries.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
	}

	/** Whether any of the party's countries is on the configured high-risk list. */
	boolean anyHighRisk(Collection<String> countries) {
		return countries.stream().anyMatch(highRiskCountries::contains);
	}

}
