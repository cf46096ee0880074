package io.onboarding.orchestrator.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.junit.jupiter.api.Test;

/**
 * Calls to a provider are retried with a backoff unless configured otherwise (SPEC 6.3).
 */
class ProviderRetriesTest {

	@Test
	void theDefaultCycleIsABackoffTheEngineReads() {
		ProviderRetries retries = new ProviderRetries(new ProviderSettings(Map.of("railsbank",
				new ProviderSettings.Provider(URI.create("http://127.0.0.1:1"), "key", null, null, null, null))));

		var cycle = ParseUtil.parseRetryIntervals(retries.cycle("railsbank"));
		assertThat(cycle.getRetryIntervals()).containsExactly("PT10S", "PT1M", "PT5M", "PT30M", "PT2H");
		assertThat(cycle.getRetries()).as("the first attempt and one after each wait").isEqualTo(6);
		assertThat(retries.cycle("an unconfigured provider")).isEqualTo(retries.cycle("railsbank"));
	}

	@Test
	void aConfiguredCycleIsKept() {
		ProviderRetries retries = new ProviderRetries(new ProviderSettings(Map.of("railsbank",
				new ProviderSettings.Provider(URI.create("http://127.0.0.1:1"), "key", "R3/PT5M", null, null, null))));

		assertThat(retries.cycle("railsbank")).isEqualTo("R3/PT5M");
	}

}
