package io.onboarding.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The service provider {@code railsbank} of the integration tests: a WireMock server on
 * loopback, started with the first test context and shared by every test (each uses
 * source ids of its own). Out of the box it creates any client it is sent under a new id,
 * so that clients of other tests that ask for railsbank are connected without an
 * incident; the tests stub the rest.
 */
public class ProviderStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String PROVIDER = "railsbank";

	public static final String API_KEY = "railsbank-test-key";

	/**
	 * Three tries a second apart: long enough to see retries, short enough for a test.
	 */
	public static final String RETRY_CYCLE = "R3/PT1S";

	private static WireMockServer server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>(
				Map.of("onboarding.providers.railsbank.base-url", server().baseUrl() + "/railsbank",
						"onboarding.providers.railsbank.api-key", API_KEY, "onboarding.providers.railsbank.retry-cycle",
						RETRY_CYCLE, "onboarding.providers.railsbank.connect-timeout", "1s",
						"onboarding.providers.railsbank.read-timeout", "1s"));
		properties.putAll(VerificationStubs.properties(server()));
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("providerStub", properties));
	}

	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(
					options().bindAddress("127.0.0.1").dynamicPort().globalTemplating(false).containerThreads(40));
			server.start();
			server.stubFor(post(urlEqualTo("/railsbank/clients")).atPriority(10)
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"data\": {\"client\": {\"id\": \"rb-{{randomValue type='UUID'}}\"}}}")
					.withTransformers("response-template")));
			VerificationStubs.defaults(server);
			WireMockServer started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
		}
		return server;
	}

}
