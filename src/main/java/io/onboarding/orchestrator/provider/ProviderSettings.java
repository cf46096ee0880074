package io.onboarding.orchestrator.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The external service providers, configured by name:
 * {@code onboarding.providers.<name>.base-url}, {@code .api-key}, {@code .retry-cycle} and timeouts.
 */
@ConfigurationProperties("onboarding")
public record ProviderSettings(Map<String, Provider> providers) {

    public ProviderSettings {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    public boolean isConfigured(String name) {
        return providers.containsKey(name);
    }

    public Set<String> names() {
        return providers.keySet();
    }

    /** One provider: where it is, the key it expects, and how calls to it are retried. */
    public record Provider(URI baseUrl, String apiKey, String retryCycle, Duration connectTimeout,
            Duration readTimeout) {

        public Provider {
            retryCycle = retryCycle == null || retryCycle.isBlank() ? "R5/PT1M" : retryCycle;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        }
    }
}
