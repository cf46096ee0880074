package io.onboarding.orchestrator.webhook;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onboarding.webhooks.*}: the fixed endpoint from configuration ({@code url},
 * {@code secret}), whether endpoints may be on private networks, the key that encrypts
 * stored signing secrets, and how deliveries are sent.
 */
@ConfigurationProperties("onboarding.webhooks")
record WebhookSettings(URI url, String secret, boolean allowPrivateNetwork, String encryptionKey,
		Duration connectTimeout, Duration requestTimeout, Duration pollInterval, Duration lease, int batchSize,
		int senders) {

	WebhookSettings {
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
		pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
		lease = lease == null ? Duration.ofMinutes(2) : lease;
		batchSize = batchSize <= 0 ? 32 : batchSize;
		senders = senders <= 0 ? 8 : senders;
	}

	boolean hasConfiguredEndpoint() {
		return url != null && !url.toString().isBlank();
	}
}
