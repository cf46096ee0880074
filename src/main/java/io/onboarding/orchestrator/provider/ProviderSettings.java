package io.onboarding.orchestrator.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The external service providers, configured by name:
 * {@code onboarding.providers.<name>.base-url}, {@code .api-key}, {@code .retry-cycle}
 * and timeouts.
 */
@ConfigurationProperties("onboarding")
public record ProviderSettings(Map<String, Provider> providers) {

	/**
	 * Five retries after 10 s, 1 min, 5 min, 30 min and 2 h: a brief outage passes
	 * unnoticed, a long one becomes an incident within about three hours.
	 */
	public static final String DEFAULT_RETRY_CYCLE = "PT10S,PT1M,PT5M,PT30M,PT2H";

	public ProviderSettings {
		providers = providers == null ? Map.of() : Map.copyOf(providers);
	}

	public boolean isConfigured(String name) {
		return providers.containsKey(name);
	}

	public Set<String> names() {
		return providers.keySet();
	}

	public Provider provider(String name) {
		Provider provider = providers.get(name);
		if (provider == null) {
			// Requests are checked against the configured names; an instance started
			// before a provider was removed from the configuration lands here, and its
			// job becomes an incident.
			throw new IllegalStateException("Service provider '" + name + "' is not configured");
		}
		return provider;
	}

	/**
	 * One provider: where it is, the key it expects, how calls to it are retried
	 * (Camunda's {@code failedJobRetryTimeCycle}: a list of waits for a backoff,
	 * {@link #DEFAULT_RETRY_CYCLE} by default, or {@code R5/PT1M}), its timeouts, and
	 * which of its client statuses mean the client is verified there already.
	 */
	public record Provider(URI baseUrl, String apiKey, String retryCycle, Duration connectTimeout, Duration readTimeout,
			Set<String> verifiedStatuses) {

		public Provider {
			retryCycle = retryCycle == null || retryCycle.isBlank() ? DEFAULT_RETRY_CYCLE : retryCycle;
			connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
			readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
			verifiedStatuses = verifiedStatuses == null || verifiedStatuses.isEmpty()
					? Set.of("active", "verified", "approved") : Set.copyOf(verifiedStatuses);
		}

		/** The key stays out of logs and error messages. */
		@Override
		public String toString() {
			return "Provider[baseUrl=" + baseUrl + ", retryCycle=" + retryCycle + "]";
		}
	}
}
