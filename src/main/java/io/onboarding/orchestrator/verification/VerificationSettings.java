package io.onboarding.orchestrator.verification;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.onboarding.orchestrator.client.KycLevel;
import io.onboarding.orchestrator.provider.ProviderSettings;

/**
 * {@code onboarding.verification.*} (SPEC 6.3, 10): which provider verifies the
 * applicants of a KYC level ({@code levels.FULL_KYC=sumsub}; none by default), how long a
 * verification waits for the provider ({@code timeout}, P7D), and each provider's door
 * and secrets under {@code providers.<name>}: {@code sumsub} or {@code persona}.
 */
@ConfigurationProperties("onboarding.verification")
public record VerificationSettings(Map<String, String> levels, Duration timeout, Map<String, Provider> providers) {

	public VerificationSettings {
		// FULL_KYC from a property file; full.kyc or full-kyc from an environment
		// variable
		Map<String, String> byLevel = new HashMap<>();
		if (levels != null) {
			levels.forEach((level, provider) -> {
				if (provider != null && !provider.isBlank()) {
					byLevel.put(level.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), provider.trim());
				}
			});
		}
		levels = Map.copyOf(byLevel);
		timeout = timeout == null ? Duration.ofDays(7) : timeout;
		providers = providers == null ? Map.of() : Map.copyOf(providers);
		for (Map.Entry<String, String> level : levels.entrySet()) {
			if (!KycLevel.names().contains(level.getKey())) {
				throw new IllegalStateException("onboarding.verification.levels." + level.getKey()
						+ " is no KYC level; use " + String.join(", ", KycLevel.names()));
			}
			if (!providers.containsKey(level.getValue())) {
				throw new IllegalStateException(
						"onboarding.verification.levels." + level.getKey() + " names " + level.getValue()
								+ ", but onboarding.verification.providers." + level.getValue() + " is not configured");
			}
		}
	}

	/** The provider that verifies applicants of the level, if one does. */
	public Optional<String> providerFor(KycLevel level) {
		return Optional.ofNullable(levels.get(level.name()));
	}

	public Provider provider(String name) {
		Provider provider = providers.get(name);
		if (provider == null) {
			throw new IllegalStateException("Verification provider '" + name + "' is not configured");
		}
		return provider;
	}

	/**
	 * One provider. Sumsub: {@code appToken}, {@code secretKey} (signs our calls),
	 * {@code levelName}; Persona: {@code apiKey}, {@code templateId}, {@code version}
	 * (the {@code Persona-Version} pinned). Both: {@code webhookSecret} (checks their
	 * callbacks), {@code importVerified} (a verified applicant no client names becomes
	 * one), the {@code retryCycle} of calls to them (a backoff list by default) and their
	 * timeouts.
	 */
	public record Provider(URI baseUrl, String appToken, String secretKey, String levelName, String apiKey,
			String templateId, String version, String webhookSecret, boolean importVerified, String retryCycle,
			Duration connectTimeout, Duration readTimeout) {

		public Provider {
			retryCycle = retryCycle == null || retryCycle.isBlank() ? ProviderSettings.DEFAULT_RETRY_CYCLE : retryCycle;
			connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
			readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
		}

		/** The secrets stay out of logs and error messages. */
		@Override
		public String toString() {
			return "Provider[baseUrl=" + baseUrl + ", retryCycle=" + retryCycle + "]";
		}

	}

}
