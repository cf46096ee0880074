package io.onboarding.orchestrator.onboarding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderStub;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * SPEC 6.2: a client that asked for a provider is created there once approved, its id
 * there stored as a connection and {@code clients/connection-created} published; a
 * provider that fails is retried.
 */
@IntegrationTest
class ProviderConnectionIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	WebhookListener listener;

	WireMockServer provider = ProviderStub.server();

	@BeforeEach
	void start() {
		api = Api.at(port).asIntegrator();
		listener = WebhookListener.start();
		listener.subscribe(api, "/hooks", List.of("clients.connection-created"));
	}

	@AfterEach
	void stop() {
		listener.close();
		new Database(jdbc).retireWebhookEndpoints();
	}

	@Test
	void anApprovedClientIsCreatedAtItsProviderAndConnected() {
		String clientId = create();
		String externalId = "rb-approved-" + clientId;
		provider.stubFor(post(urlEqualTo("/railsbank/clients")).atPriority(1)
			.withHeader("Idempotency-Key", equalTo(clientId))
			.willReturn(created(externalId)));
		assertThat(connections(clientId)).as("nothing is connected before the approval").isEmpty();

		approve(clientId);

		await().atMost(PATIENCE).until(() -> connections(clientId).size() == 1);
		JsonNode connection = connections(clientId).get(0);
		assertThat(connection.path("serviceProvider").asText()).isEqualTo("railsbank");
		assertThat(connection.path("externalId").asText()).isEqualTo(externalId);
		provider.verify(1,
				postRequestedFor(urlEqualTo("/railsbank/clients")).withHeader("Idempotency-Key", equalTo(clientId))
					.withHeader("x-api-key", equalTo(ProviderStub.API_KEY))
					.withRequestBody(matchingJsonPath("$.data.client.identity.givenName", equalTo("Railsr")))
					.withRequestBody(
							matchingJsonPath("$.data.client.profile.residentialAddress.city", equalTo("London")))
					.withRequestBody(matchingJsonPath("$.data.client.attributes.accountUsage")));

		await().atMost(PATIENCE).until(() -> !listener.received("/hooks").isEmpty());
		JsonNode event = listener.received("/hooks").get(0).json();
		assertThat(event.path("webhook").path("type").asText()).isEqualTo("connection-created");
		assertThat(event.path("data").path("client").path("id").asText()).isEqualTo(clientId);
		assertThat(event.path("connect").path("connection").path("serviceProvider").asText()).isEqualTo("railsbank");
		assertThat(event.path("connect").path("connection").path("id").asText())
			.isEqualTo(connection.path("id").asText());
	}

	@Test
	void aProviderThatFailsIsRetriedUntilTheClientIsConnected() {
		String clientId = create();
		provider.stubFor(post(urlEqualTo("/railsbank/clients")).atPriority(1)
			.inScenario(clientId)
			.whenScenarioStateIs(Scenario.STARTED)
			.withHeader("Idempotency-Key", equalTo(clientId))
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("failed"));
		provider.stubFor(post(urlEqualTo("/railsbank/clients")).atPriority(1)
			.inScenario(clientId)
			.whenScenarioStateIs("failed")
			.withHeader("Idempotency-Key", equalTo(clientId))
			.willReturn(created("rb-retried-" + clientId)));

		approve(clientId);

		await().atMost(PATIENCE).until(() -> connections(clientId).size() == 1);
		assertThat(connections(clientId).get(0).path("externalId").asText()).isEqualTo("rb-retried-" + clientId);
		provider.verify(2,
				postRequestedFor(urlEqualTo("/railsbank/clients")).withHeader("Idempotency-Key", equalTo(clientId)));
		assertThat(api.get("/clients/" + clientId).json().path("data").path("client").path("status").asText())
			.isEqualTo("active");
	}

	private String create() {
		Api.Response created = api.post("/clients",
				Payload.seed("individual-railsbank")
					.set("data.client.profile.email", "connect." + System.nanoTime() + "@example.com")
					.set("connect.serviceProvider", "railsbank"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String clientId = created.json().path("data").path("client").path("id").asText();
		await().atMost(PATIENCE)
			.until(() -> "under_review".equals(api.get("/clients/" + clientId)
				.json()
				.path("data")
				.path("client")
				.path("application")
				.path("status")
				.asText()));
		return clientId;
	}

	private void approve(String clientId) {
		String applicationId = api.get("/clients/" + clientId)
			.json()
			.path("data")
			.path("client")
			.path("application")
			.path("id")
			.asText();
		Api.Response decided = Api.at(port)
			.asOperator()
			.post("/applications/" + applicationId + "/decision",
					Map.of("data", Map.of("decision", "approve", "reason", "documents checked")));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
	}

	private List<JsonNode> connections(String clientId) {
		JsonNode read = api.get("/clients/" + clientId + "?metadata.include=connect.connections").json();
		List<JsonNode> found = new java.util.ArrayList<>();
		read.path("connect").path("connections").forEach(found::add);
		return found;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String externalId) {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"workflow\": {}, \"data\": {\"client\": {\"id\": \"" + externalId + "\"}}, "
					+ "\"connect\": {}, \"metadata\": {}}");
	}

}
