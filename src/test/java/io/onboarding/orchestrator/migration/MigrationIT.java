package io.onboarding.orchestrator.migration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.MigrationRuns;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderStub;
import io.onboarding.orchestrator.support.TestKeys;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * Migrations (SPEC 6.1) over HTTP on PostgreSQL, from the provider {@code railsbank}
 * served by WireMock, with webhooks received by a real listener.
 */
@IntegrationTest
class MigrationIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	// well under the provider's read timeout of 1 s (ProviderStub): a cold service on two
	// busy cores took more than the 200 ms left by 800 ms
	private static final int PROVIDER_DELAY_MILLIS = 500;

	private static final ObjectMapper JSON = new ObjectMapper();

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
		listener.subscribe(api, "/hooks", List.of("clients.created", "clients.connection-created", "migrations.*"));
	}

	@AfterEach
	void stop() {
		listener.close();
		new Database(jdbc).retireWebhookEndpoints();
	}

	@Test
	void theSeedsMigrationBringsAVerifiedClientInApprovedAndConnected() {
		String sourceId = UUID.randomUUID().toString();
		provider.stubFor(
				get(urlEqualTo("/railsbank/clients/" + sourceId)).withHeader("x-api-key", equalTo(ProviderStub.API_KEY))
					.willReturn(answer(sourceClient(sourceId, "active"))));

		Api.Response accepted = api.post("/clients", Payload.seed("migration").set("data.sourceId", sourceId));

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		JsonNode migration = accepted.json().path("data").path("migration");
		assertThat(migration.path("status").asText()).isEqualTo("running");
		assertThat(migration.path("sourceId").asText()).isEqualTo(sourceId);
		assertThat(migration.path("serviceProvider").asText()).isEqualTo("railsbank");
		assertThat(accepted.header("Location")).isEqualTo("/migrations/" + migration.path("id").asText());

		JsonNode completed = awaitEnd(migration.path("id").asText());
		assertThat(completed.path("status").asText()).isEqualTo("completed");
		String clientId = completed.path("clientId").asText();

		JsonNode read = api
			.get("/clients/" + clientId + "?metadata.include=connect.connections&metadata.includeProfile=true")
			.json();
		JsonNode client = read.path("data").path("client");
		assertThat(client.path("identity").path("givenName").asText()).isEqualTo("Railsr");
		assertThat(client.path("profile").path("email").asText()).isEqualTo(sourceId + "@example.com");
		assertThat(client.path("status").asText()).isEqualTo("active");
		assertThat(client.path("kycStatus").asText()).isEqualTo("approved");
		assertThat(read.path("connect").path("connections")).singleElement().satisfies(connection -> {
			assertThat(connection.path("serviceProvider").asText()).isEqualTo("railsbank");
			assertThat(connection.path("externalId").asText()).isEqualTo(sourceId);
		});
		JsonNode application = api.get("/clients/" + clientId + "/application").json().path("data").path("application");
		assertThat(application.path("decision").asText()).isEqualTo("approved");
		assertThat(application.path("status").asText()).isEqualTo("completed");
		assertThat(application.path("decisions"))
			.extracting(d -> d.path("step").asText() + " by " + d.path("actor").asText())
			.containsExactly("migration by migration:railsbank");

		List<String> events = awaitEvents(clientId, 3);
		assertThat(events).containsExactly("clients.created", "clients.connection-created", "migrations.completed");
		Api engine = engineAsAdmin();
		String instanceId = engine
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + migration.path("id").asText())
			.json()
			.get(0)
			.path("id")
			.asText();
		List<String> variables = new ArrayList<>();
		engine.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId)
			.json()
			.forEach(v -> variables.add(v.path("name").asText()));
		assertThat(variables).as("the process carries ids and gateway inputs, never the provider's client")
			.containsExactlyInAnyOrder("migrationId", "serviceProvider", "sourceId", "kycLevel", "requestedBy",
					"sourceFound", "sourceValid", "sourceVerified", "clientId", "clientCreated");

		JsonNode onboarding = api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding");
		assertThat(onboarding.path("processes"))
			.extracting(p -> p.path("definitionKey").asText() + " " + p.path("state").asText())
			.containsExactly("client-migration completed");
		assertThat(onboarding.path("timeline")).extracting(step -> step.path("name").asText())
			.contains("Fetch source client", "Create or update client", "Approve application by migration");

		JsonNode connected = eventsOf(clientId).get(1);
		assertThat(connected.path("connect").path("connection").path("serviceProvider").asText())
			.isEqualTo("railsbank");
		assertThat(connected.path("connect").path("connection").path("id").asText()).isNotBlank();
		assertThat(connected.path("data").path("client").path("id").asText()).isEqualTo(clientId);
	}

	@Test
	void aSourceClientTheProviderHasNotVerifiedGoesThroughKyc() {
		String sourceId = UUID.randomUUID().toString();
		provider.stubFor(get(urlEqualTo("/railsbank/clients/" + sourceId))
			.willReturn(answer(sourceClient(sourceId, "pending"))));

		JsonNode completed = awaitEnd(migrate(sourceId));

		String clientId = completed.path("clientId").asText();
		await().atMost(PATIENCE)
			.until(() -> "under_review".equals(api.get("/clients/" + clientId)
				.json()
				.path("data")
				.path("client")
				.path("application")
				.path("status")
				.asText()));
		assertThat(api.get("/clients/" + clientId).json().path("data").path("client").path("status").asText())
			.isEqualTo("pending");
	}

	@Test
	void aSourceClientTheProviderDoesNotHaveFailsTheMigration() {
		String sourceId = UUID.randomUUID().toString();
		provider.stubFor(get(urlEqualTo("/railsbank/clients/" + sourceId)).willReturn(aResponse().withStatus(404)));

		String migrationId = migrate(sourceId);
		JsonNode failed = awaitEnd(migrationId);

		assertThat(failed.path("status").asText()).isEqualTo("failed");
		assertThat(failed.path("reason").asText()).isEqualTo("source client " + sourceId + " not found at railsbank");
		assertThat(failed.has("clientId")).isFalse();
		JsonNode event = awaitMigrationEvent(migrationId);
		assertThat(event.path("webhook").path("type").asText()).isEqualTo("failed");
		assertThat(event.path("data").path("migration").path("reason").asText()).contains("not found");
	}

	@Test
	void invalidSourceDataFailsTheMigrationNamingTheFields() {
		String sourceId = UUID.randomUUID().toString();
		ObjectNode client = sourceClient(sourceId, "active");
		((ObjectNode) client.path("data").path("client").path("identity")).remove("givenName");
		((ObjectNode) client.path("data").path("client").path("identity")).put("country", "XX");
		provider.stubFor(get(urlEqualTo("/railsbank/clients/" + sourceId)).willReturn(answer(client)));

		JsonNode failed = awaitEnd(migrate(sourceId));

		assertThat(failed.path("status").asText()).isEqualTo("failed");
		assertThat(failed.path("errors")).extracting(e -> e.path("field").asText())
			.containsExactlyInAnyOrder("data.client.identity.givenName", "data.client.identity.country");
		assertThat(failed.path("reason").asText()).startsWith("the source client is invalid: ")
			.contains("data.client.identity.givenName");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM client_connections WHERE external_id = ?", Long.class,
				sourceId))
			.isZero();
	}

	@Test
	void aProviderThatFailsTwiceIsRetriedUntilItAnswers() {
		String sourceId = UUID.randomUUID().toString();
		String path = "/railsbank/clients/" + sourceId;
		provider.stubFor(get(urlEqualTo(path)).inScenario(sourceId)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("failed once"));
		provider.stubFor(get(urlEqualTo(path)).inScenario(sourceId)
			.whenScenarioStateIs("failed once")
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("failed twice"));
		provider.stubFor(get(urlEqualTo(path)).inScenario(sourceId)
			.whenScenarioStateIs("failed twice")
			.willReturn(answer(sourceClient(sourceId, "active"))));

		JsonNode completed = awaitEnd(migrate(sourceId));

		assertThat(completed.path("status").asText()).isEqualTo("completed");
		provider.verify(3, getRequestedFor(urlEqualTo(path)));
	}

	@Test
	void aProviderThatNeverAnswersBecomesAnIncidentAndTheMigrationResumesWhenRetried() {
		String sourceId = UUID.randomUUID().toString();
		String path = "/railsbank/clients/" + sourceId;
		provider.stubFor(get(urlEqualTo(path)).atPriority(5)
			.willReturn(answer(sourceClient(sourceId, "active")).withFixedDelay(3_000)));
		String migrationId = migrate(sourceId);

		Api engine = engineAsAdmin();
		String instanceId = engine.get("/engine-rest/process-instance?businessKey=" + migrationId)
			.json()
			.get(0)
			.path("id")
			.asText();
		await().atMost(PATIENCE)
			.until(() -> engine.get("/engine-rest/incident?processInstanceId=" + instanceId).json().size() == 1);
		JsonNode incident = engine.get("/engine-rest/incident?processInstanceId=" + instanceId).json().get(0);
		assertThat(incident.path("incidentType").asText()).isEqualTo("failedJob");
		assertThat(incident.path("activityId").asText()).isEqualTo(ClientMigrationProcess.TASK_FETCH_SOURCE_CLIENT);
		assertThat(incident.path("incidentMessage").asText())
			.isEqualTo("railsbank did not answer GET /clients/{id} within 1000 ms");
		assertThat(api.get("/migrations/" + migrationId).json().path("data").path("migration").path("status").asText())
			.isEqualTo("running");

		// The provider is back; the operator retries the job, as Cockpit's "retry" does.
		provider.stubFor(get(urlEqualTo(path)).atPriority(1).willReturn(answer(sourceClient(sourceId, "active"))));
		Api.Response retried = engine.send("PUT",
				"/engine-rest/job/" + incident.path("configuration").asText() + "/retries", "{\"retries\": 1}",
				"application/json");
		assertThat(retried.status()).as(retried.toString()).isEqualTo(204);

		assertThat(awaitEnd(migrationId).path("status").asText()).isEqualTo("completed");
	}

	@Test
	void aSourceMigratedTwiceUpdatesTheClientItBecameTheFirstTime() {
		String sourceId = UUID.randomUUID().toString();
		provider.stubFor(get(urlEqualTo("/railsbank/clients/" + sourceId)).atPriority(5)
			.willReturn(answer(sourceClient(sourceId, "active"))));
		String clientId = awaitEnd(migrate(sourceId)).path("clientId").asText();

		ObjectNode changed = sourceClient(sourceId, "active");
		((ObjectNode) changed.path("data").path("client").path("identity")).put("familyName", "Renamed");
		provider.stubFor(get(urlEqualTo("/railsbank/clients/" + sourceId)).atPriority(1).willReturn(answer(changed)));
		JsonNode second = awaitEnd(migrate(sourceId));

		assertThat(second.path("status").asText()).isEqualTo("completed");
		assertThat(second.path("clientId").asText()).isEqualTo(clientId);
		assertThat(api.get("/clients/" + clientId)
			.json()
			.path("data")
			.path("client")
			.path("identity")
			.path("familyName")
			.asText()).isEqualTo("Renamed");
		assertThat(clientsMigratedFrom(sourceId)).isEqualTo(1);
	}

	@Test
	void twoMigrationsOfOneSourceAtOnceMakeOneClient() {
		String sourceId = UUID.randomUUID().toString();
		// Slow enough that both migrations are past the provider call before either
		// stores its client (checked below from the provider's own log).
		provider.stubFor(get(urlEqualTo("/railsbank/clients/" + sourceId))
			.willReturn(answer(sourceClient(sourceId, "active")).withFixedDelay(PROVIDER_DELAY_MILLIS)));

		List<CompletableFuture<String>> started = IntStream.range(0, 2)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> migrate(sourceId)))
			.toList();
		List<JsonNode> ended = started.stream().map(CompletableFuture::join).map(this::awaitEnd).toList();

		assertThat(ended).extracting(m -> m.path("status").asText()).containsExactly("completed", "completed");
		List<java.util.Date> calls = provider.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().equals("/railsbank/clients/" + sourceId))
			.map(event -> event.getRequest().getLoggedDate())
			.toList();
		assertThat(calls).hasSize(2);
		assertThat(Math.abs(calls.get(0).getTime() - calls.get(1).getTime()))
			.as("the second call came while the first was still answered: neither had stored its client")
			.isLessThan(PROVIDER_DELAY_MILLIS);
		assertThat(ended.get(0).path("clientId").asText()).isEqualTo(ended.get(1).path("clientId").asText());
		assertThat(clientsMigratedFrom(sourceId)).isEqualTo(1);
		String clientId = ended.get(0).path("clientId").asText();
		await().atMost(PATIENCE)
			.until(() -> eventNames(clientId).stream().filter("migrations.completed"::equals).count() == 2);
		assertThat(eventNames(clientId)).filteredOn("clients.created"::equals).hasSize(1);
	}

	@Test
	void aBulkMigrationOfTwoHundredSourcesRunsAFewAtATimeAndReportsProgress() {
		String prefix = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		provider.stubFor(get(urlPathMatching("/railsbank/clients/" + prefix + "[0-9]+"))
			.willReturn(answer(sourceClient(prefix + "0", "active")).withFixedDelay(20)));
		List<String> sourceIds = IntStream.range(0, 200).mapToObj(i -> prefix + i).toList();

		Api.Response accepted = api.post("/migrations", Map.of("workflow", Map.of(), "data",
				Map.of("sourceIds", sourceIds), "connect", Map.of("type", "explicit", "serviceProvider", "railsbank")));

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		JsonNode batch = accepted.json().path("data").path("batch");
		assertThat(batch.path("total").asInt()).isEqualTo(200);
		assertThat(batch.path("status").asText()).isEqualTo("running");
		String location = accepted.header("Location");
		assertThat(location).isEqualTo("/migrations/batches/" + batch.path("id").asText());

		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
			JsonNode progress = api.get(location).json().path("data").path("batch");
			return "completed".equals(progress.path("status").asText());
		});

		JsonNode done = api.get(location).json().path("data").path("batch").path("progress");
		assertThat(done.path("completed").asInt()).isEqualTo(200);
		assertThat(done.path("failed").asInt()).isZero();
		assertThat(jdbc.queryForObject(MigrationRuns.maxConcurrentSql(UUID.fromString(batch.path("id").asText())),
				Long.class))
			.as("migrations running at once: the parallelism of 4, never more")
			.isEqualTo(4);
		provider.verify(200, getRequestedFor(urlPathMatching("/railsbank/clients/" + prefix + "[0-9]+")));
		JsonNode page = api.get("/migrations?batchId=" + batch.path("id").asText() + "&status=completed&size=100")
			.json();
		assertThat(page.path("data").path("migrations")).hasSize(100);
		assertThat(page.path("metadata").path("page").path("totalElements").asInt()).isEqualTo(200);
	}

	@Test
	void badMigrationRequestsAreRefusedNamingTheField() {
		assertThat(api.post("/clients", Payload.seed("migration").remove("data.sourceId")).errorFields())
			.containsExactly("data.sourceId");
		assertThat(api.post("/clients", Payload.seed("migration").set("connect.serviceProvider", "acme")).errorFields())
			.containsExactly("connect.serviceProvider");
		assertThat(api.post("/clients", Payload.seed("migration").set("data.sourceId", "../admin")).errorFields())
			.containsExactly("data.sourceId");
		assertThat(api.post("/clients", Payload.seed("migration").set("workflow.kycLevel", "NONE")).errorFields())
			.containsExactly("workflow.kycLevel");
		assertThat(api.post("/clients", Payload.seed("migration").set("workflow.code", "import")).errorFields())
			.contains("workflow.code");
		assertThat(
				api.post("/migrations",
						Map.of("data", Map.of("sourceIds", List.of("a", "b", "a")), "connect",
								Map.of("serviceProvider", "railsbank")))
					.errorFields())
			.containsExactly("data.sourceIds[2]");
		assertThat(
				api.post("/migrations",
						Map.of("data", Map.of("sourceIds", IntStream.range(0, 1001).mapToObj(i -> "s" + i).toList()),
								"connect", Map.of("serviceProvider", "railsbank")))
					.errorFields())
			.containsExactly("data.sourceIds");
		assertThat(api.post("/migrations", Map.of("data", Map.of("sourceIds", List.of()))).errorFields())
			.containsExactly("data.sourceIds", "connect.serviceProvider");
		assertThat(api.get("/migrations?status=lost").errorFields()).containsExactly("status");
		assertThat(api.get("/migrations/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.get("/migrations/batches/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(Api.at(port).get("/migrations/" + UUID.randomUUID()).status()).isEqualTo(401);
	}

	/** The engine's REST API as Cockpit uses it, with the Camunda admin's login. */
	private Api engineAsAdmin() {
		return Api.at(port)
			.withHeader("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((TestKeys.ADMIN + ":" + TestKeys.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private String migrate(String sourceId) {
		Api.Response accepted = api.post("/clients", Payload.seed("migration").set("data.sourceId", sourceId));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		return accepted.json().path("data").path("migration").path("id").asText();
	}

	private JsonNode awaitEnd(String migrationId) {
		await().atMost(PATIENCE).until(() -> !"running".equals(migration(migrationId).path("status").asText()));
		return migration(migrationId);
	}

	private JsonNode migration(String migrationId) {
		return api.get("/migrations/" + migrationId).json().path("data").path("migration");
	}

	private long clientsMigratedFrom(String sourceId) {
		return jdbc.queryForObject("SELECT count(DISTINCT client_id) FROM migrations WHERE source_id = ?", Long.class,
				sourceId);
	}

	private List<JsonNode> eventsOf(String clientId) {
		return listener.received("/hooks")
			.stream()
			.map(WebhookListener.Received::json)
			.filter(event -> clientId.equals(event.path("data").path("client").path("id").asText())
					|| clientId.equals(event.path("data").path("migration").path("clientId").asText()))
			.toList();
	}

	private List<String> eventNames(String clientId) {
		return eventsOf(clientId).stream()
			.map(event -> event.path("webhook").path("module").asText() + "."
					+ event.path("webhook").path("type").asText())
			.toList();
	}

	private List<String> awaitEvents(String clientId, int count) {
		await().atMost(PATIENCE).until(() -> eventsOf(clientId).size() >= count);
		return eventNames(clientId);
	}

	private JsonNode awaitMigrationEvent(String migrationId) {
		await().atMost(PATIENCE)
			.until(() -> listener.received("/hooks")
				.stream()
				.anyMatch(r -> migrationId.equals(r.json().path("data").path("migration").path("id").asText())));
		return listener.received("/hooks")
			.stream()
			.map(WebhookListener.Received::json)
			.filter(event -> migrationId.equals(event.path("data").path("migration").path("id").asText()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The provider's client: the seed's railsbank individual in the envelope of SPEC 3.1,
	 * with its status there.
	 */
	private static ObjectNode sourceClient(String sourceId, String status) {
		ObjectNode envelope = Payload.seed("individual-railsbank").node().deepCopy();
		ObjectNode client = (ObjectNode) envelope.path("data").path("client");
		client.put("id", sourceId);
		client.put("clientNumber", "20663251");
		client.put("status", status);
		((ObjectNode) client.path("profile")).put("email", sourceId + "@example.com");
		envelope.set("workflow", JSON.createObjectNode());
		return envelope;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(JsonNode body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
	}

}
