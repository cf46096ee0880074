package io.onboarding.orchestrator.application;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.applications.*} and {@code onboarding.screening.*}: how long a
 * request for information waits and how often it reminds, when a review is overdue, which
 * countries are high-risk.
 */
@ConfigurationProperties("onboarding")
record ApplicationSettings(Lifecycle applications, Screening screening) {

	ApplicationSettings {
		applications = applications == null ? new Lifecycle(null, null, null) : applications;
		screening = screening == null ? new Screening(null) : screening;
	}

	/** ISO-8601 durations, as the process's timers take them. */
	record Lifecycle(String informationTimeout, String informationReminder, String reviewDue) {

		Lifecycle {
			informationTimeout = valid(informationTimeout, "P14D", "onboarding.applications.information-timeout");
			informationReminder = valid(informationReminder, "P3D", "onboarding.applications.information-reminder");
			reviewDue = valid(reviewDue, "P2D", "onboarding.applications.review-due");
		}

		Duration reviewDueDuration() {
			return parse(reviewDue);
		}
	}

	record Screening(List<String> highRiskCountries) {

		Screening {
			highRiskCountries = highRiskCountries == null ? List.of()
					: highRiskCountries.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
		}
	}

	private static String valid(String value, String fallback, String name) {
		String duration = value == null || value.isBlank() ? fallback : value.trim();
		try {
			parse(duration);
		}
		catch (RuntimeException e) {
			throw new IllegalStateException(name + " must be an ISO-8601 duration such as P14D or PT12H", e);
		}
		return duration;
	}

	/** P14D and PT12H alike. */
	static Duration parse(String iso) {
		if (iso.contains("T")) {
			return Duration.parse(iso);
		}
		Period period = Period.parse(iso);
		return Duration.ofDays(period.getDays() + period.getMonths() * 30L + period.getYears() * 365L);
	}
}
