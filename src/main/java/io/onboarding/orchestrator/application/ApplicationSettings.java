package io.onboarding.orchestrator.application;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Date;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.applications.*}: how long a request for information waits and how
 * often it reminds, when a review is overdue. ISO-8601 durations, as the process's timers
 * take them.
 */
@ConfigurationProperties("onboarding.applications")
record ApplicationSettings(String informationTimeout, String informationReminder, String reviewDue) {

	ApplicationSettings {
		informationTimeout = valid(informationTimeout, "P14D", "onboarding.applications.information-timeout");
		informationReminder = valid(informationReminder, "P3D", "onboarding.applications.information-reminder");
		reviewDue = valid(reviewDue, "P2D", "onboarding.applications.review-due");
	}

	/**
	 * When a review opened at {@code now} is overdue: the value of the review's timer.
	 */
	Date reviewDueFrom(Instant now) {
		return Date.from(now.plus(parse(reviewDue)));
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
