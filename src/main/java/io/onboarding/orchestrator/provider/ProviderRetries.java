package io.onboarding.orchestrator.provider;

import org.springframework.stereotype.Component;

/**
 * The retry cycle of the steps that call a provider, read by the models'
 * {@code failedJobRetryTimeCycle} as {@code ${providerRetries.cycle(serviceProvider)}},
 * so that an operator tunes it per provider in configuration instead of in every diagram.
 */
@Component("providerRetries")
public class ProviderRetries {

	private final ProviderSettings settings;

	ProviderRetries(ProviderSettings settings) {
		this.settings = settings;
	}

	public String cycle(String provider) {
		return settings.isConfigured(provider) ? settings.provider(provider).retryCycle()
				: ProviderSettings.DEFAULT_RETRY_CYCLE;
	}

}
