package io.onboarding.orchestrator.migration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.migrations.*}: how many migrations of one bulk request run at once
 * (so that the provider is not flooded), how many source ids one request may carry, and
 * how often queued migrations are looked for when nothing wakes the feeder.
 */
@ConfigurationProperties("onboarding.migrations")
record MigrationSettings(Integer parallelism, Integer maxBatchSize, Duration pollInterval) {

	MigrationSettings {
		parallelism = parallelism == null || parallelism < 1 ? 4 : parallelism;
		maxBatchSize = maxBatchSize == null || maxBatchSize < 1 ? 1000 : maxBatchSize;
		pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
	}
}
