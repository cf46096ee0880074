package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.reviews.cycle.*} (SPEC 5.5): how long an active client goes between
 * periodic reviews, by risk level; a client with no risk level is reviewed as a medium
 * one.
 */
@ConfigurationProperties("onboarding.reviews.cycle")
record ReviewCycle(Period high, Period medium, Period low) {

	ReviewCycle {
		high = high == null ? Period.ofYears(1) : high;
		medium = medium == null ? Period.ofYears(2) : medium;
		low = low == null ? Period.ofYears(3) : low;
	}

	Instant nextReview(RiskLevel level, Instant from) {
		Period period = level == null ? medium : switch (level) {
			case HIGH -> high;
			case MEDIUM -> medium;
			case LOW -> low;
		};
		return from.atZone(ZoneOffset.UTC).plus(period).toInstant();
	}

}
