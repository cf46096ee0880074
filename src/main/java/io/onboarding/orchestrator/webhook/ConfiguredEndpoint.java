package io.onboarding.orchestrator.webhook;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the endpoint of {@code onboarding.webhooks.url} and {@code .secret} in step with
 * the configuration.
 */
@Component
class ConfiguredEndpoint {

	private final WebhookSettings settings;

	private final WebhookEndpoints endpoints;

	ConfiguredEndpoint(WebhookSettings settings, WebhookEndpoints endpoints) {
		this.settings = settings;
		this.endpoints = endpoints;
	}

	@EventListener(ApplicationReadyEvent.class)
	void apply() {
		if (!settings.hasConfiguredEndpoint()) {
			endpoints.unconfigure();
			return;
		}
		if (settings.secret() == null || settings.secret().isBlank()) {
			throw new IllegalStateException("onboarding.webhooks.secret (ONBOARDING_WEBHOOKS_SECRET) must be set "
					+ "with onboarding.webhooks.url: every webhook is signed");
		}
		endpoints.configure(settings.url(), settings.secret());
	}

}
