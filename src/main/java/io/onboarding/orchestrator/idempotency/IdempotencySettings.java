package io.onboarding.orchestrator.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.idempotency.retention}: how long a key replays its response (at least
 * a day); {@code .in-flight-timeout}: after how long a key whose request never finished
 * (its node died) may be used again.
 */
@ConfigurationProperties("onboarding.idempotency")
record IdempotencySettings(Duration retention, Duration inFlightTimeout) {

	IdempotencySettings {
		retention = retention == null ? Duration.ofHours(24) : retention;
		inFlightTimeout = inFlightTimeout == null ? Duration.ofMinutes(5) : inFlightTimeout;
	}
}
