package io.onboarding.orchestrator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which webhook addresses are refused as the service's own network (literal addresses: no
 * DNS needed).
 */
class NetworkGuardTest {

	private final NetworkGuard guard = new NetworkGuard(settings(false));

	private final NetworkGuard permissive = new NetworkGuard(settings(true));

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://localhost:8080/", "http://10.1.2.3/",
			"http://172.16.0.9/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data", "http://[::1]/",
			"http://[fd00::1]/", "http://[::ffff:10.0.0.1]/", "http://100.64.0.1/", "http://0.0.0.0/",
			"http://metadata.google.internal/" })
	void internalAddressesAreRefused(String url) {
		assertThat(guard.refusal(URI.create(url))).isPresent();
		assertThat(permissive.refusal(URI.create(url))).as("unless private networks are allowed").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://93.184.216.34/hook", "http://8.8.8.8/", "https://[2001:4860:4860::8888]/" })
	void publicAddressesAreAccepted(String url) {
		assertThat(guard.refusal(URI.create(url))).isEmpty();
	}

	private static WebhookSettings settings(boolean allowPrivateNetwork) {
		return new WebhookSettings(null, null, allowPrivateNetwork, "key-of-at-least-16", null, null, null, null, 0, 0);
	}

}
