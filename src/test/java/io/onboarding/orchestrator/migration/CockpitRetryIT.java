package io.onboarding.orchestrator.migration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.BrowserScript;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderStub;
import io.onboarding.orchestrator.support.TestKeys;

/**
 * An operator resolves a migration's incident in Camunda Cockpit, in a real headless
 * Chromium (src/test/browser/cockpit-retry.mjs): the provider stayed down through its
 * retries, comes back, and the retry pressed in Cockpit resumes the migration to its end.
 */
@IntegrationTest
class CockpitRetryIT {

	private static final BrowserScript SCRIPT = BrowserScript.of("cockpit-retry.mjs");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	WireMockServer provider = ProviderStub.server();

	@Test
	void anOperatorRetriesAMigrationsIncidentInCockpit() throws Exception {
		SCRIPT.requireBrowser();
		Api api = Api.at(port).asIntegrator();
		String sourceId = UUID.randomUUID().toString();
		String path = "/railsbank/clients/" + sourceId;
		provider.stubFor(get(urlEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(503)));
		String migrationId = api.post("/clients", Payload.seed("migration").set("data.sourceId", sourceId))
			.json()
			.path("data")
			.path("migration")
			.path("id")
			.asText();
		await().atMost(PATIENCE)
			.until(() -> runtime.createIncidentQuery().processInstanceId(instanceOf(migrationId)).count() == 1);

		provider.stubFor(get(urlEqualTo(path)).atPriority(1)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(sourceClient(sourceId).toString())));
		String output = SCRIPT.run(Map.of("BASE_URL", "http://127.0.0.1:" + port, "USER", TestKeys.ADMIN, "PASSWORD",
				TestKeys.ADMIN_PASSWORD, "INSTANCE_ID", instanceOf(migrationId)));
		assertThat(output).contains("incident in Cockpit: railsbank answered GET /clients/{id} with HTTP 503");

		await().atMost(PATIENCE)
			.until(() -> "completed".equals(api.get("/migrations/" + migrationId)
				.json()
				.path("data")
				.path("migration")
				.path("status")
				.asText()));
	}

	private String instanceOf(String migrationId) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(migrationId).singleResult().getId();
	}

	private static ObjectNode sourceClient(String sourceId) {
		ObjectNode envelope = Payload.seed("individual-railsbank").node().deepCopy();
		ObjectNode client = (ObjectNode) envelope.path("data").path("client");
		client.put("id", sourceId);
		client.put("status", "active");
		((ObjectNode) client.path("profile")).put("email", "cockpit." + System.nanoTime() + "@example.com");
		return envelope;
	}

}
