package io.onboarding.orchestrator.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.EngineRest;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderStub;

/**
 * An operator moves running instances in Cockpit (its REST API,
 * {@code /engine-rest/process-instance/{id}/modification}) and they still find their
 * records and finish: every step reads what it needs from the service's tables, nothing
 * is handed over in memory.
 */
@IntegrationTest
class RestartFromCockpitIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api integrator;

	Api engine;

	@BeforeEach
	void connect() {
		integrator = Api.at(port).asIntegrator();
		engine = EngineRest.asAdmin(port);
	}

	@Test
	void anOnboardingRestartedFromItsStartFindsItsClientAndFinishes() {
		Payload request = Payload.individual().set("workflow.createUser", true);
		String clientId = integrator.post("/clients", request).json().path("data").path("client").path("id").asText();
		JsonNode inReview = awaitClient(clientId,
				c -> "under_review".equals(c.path("application").path("status").asText()));
		String onboarding = instance("client-onboarding", clientId);

		// as an operator does it in Cockpit: start again at the beginning, drop the wait
		Api.Response modified = engine.post("/engine-rest/process-instance/" + onboarding + "/modification",
				Map.of("instructions",
						List.of(Map.of("type", "startBeforeActivity", "activityId", "StartEvent_ClientStored"),
								Map.of("type", "cancel", "activityId", "CallActivity_RunKycApplication"))));
		assertThat(modified.status()).as(modified.toString()).isEqualTo(204);

		JsonNode again = awaitClient(clientId, c -> "under_review".equals(c.path("application").path("status").asText())
				&& !inReview.path("application").path("id").equals(c.path("application").path("id")));
		Api.Response approved = Api.at(port)
			.asOperator()
			.post("/applications/" + again.path("application").path("id").asText() + "/decision",
					Map.of("data", Map.of("decision", "approve", "reason", "verified")));
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		awaitClient(clientId, c -> "active".equals(c.path("status").asText()));
		assertThat(integrator.get("/clients/" + clientId + "/users").json().path("data").path("users"))
			.as("the end user of the first run is linked again, not made twice")
			.hasSize(1);
	}

	@Test
	void aMigrationMovedPastItsProviderCallFindsTheAnswerOnItsRecordAndFinishes() {
		String sourceId = UUID.randomUUID().toString();
		ProviderStub.server()
			.stubFor(get(urlEqualTo("/railsbank/clients/" + sourceId)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(sourceClient(sourceId).toString())));
		// the job after the provider call is held back, as an operator's suspension in
		// Cockpit does
		String afterFetch = jobDefinition("Task_FetchSourceClient", "async-after");
		suspend(afterFetch, true);
		try {
			Api.Response accepted = integrator.post("/clients",
					Payload.seed("migration").set("data.sourceId", sourceId));
			assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
			String migrationId = accepted.json().path("data").path("migration").path("id").asText();
			await().atMost(PATIENCE)
				.until(() -> jdbc.queryForObject(
						"SELECT count(*) FROM migrations WHERE id = ? AND source_client IS NOT NULL", Integer.class,
						UUID.fromString(migrationId)) == 1);
			String instance = instance("client-migration", migrationId);

			Api.Response modified = engine.post("/engine-rest/process-instance/" + instance + "/modification",
					Map.of("instructions",
							List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ValidateSourceClient"),
									Map.of("type", "cancel", "activityId", "Task_FetchSourceClient"))));
			assertThat(modified.status()).as(modified.toString()).isEqualTo(204);

			JsonNode migration = integrator.get("/migrations/" + migrationId).json().path("data").path("migration");
			assertThat(migration.path("status").asText()).isEqualTo("completed");
			assertThat(migration.path("clientId").asText()).isNotBlank();
			assertThat(jdbc.queryForObject("SELECT source_client FROM migrations WHERE id = ?", String.class,
					UUID.fromString(migrationId)))
				.as("the provider's answer is let go once the migration ended")
				.isNull();
		}
		finally {
			suspend(afterFetch, false);
		}
	}

	private String instance(String definitionKey, String businessKey) {
		JsonNode instances = engine
			.get("/engine-rest/process-instance?processDefinitionKey=" + definitionKey + "&businessKey=" + businessKey)
			.json();
		assertThat(instances).hasSize(1);
		return instances.get(0).path("id").asText();
	}

	private String jobDefinition(String activityId, String configuration) {
		for (JsonNode definition : engine
			.get("/engine-rest/job-definition?processDefinitionKey=client-migration&activityIdIn=" + activityId)
			.json()) {
			if (configuration.equals(definition.path("jobConfiguration").asText())) {
				return definition.path("id").asText();
			}
		}
		throw new AssertionError("no " + configuration + " job definition of " + activityId);
	}

	private void suspend(String jobDefinition, boolean suspended) {
		Api.Response answer = engine.send("PUT", "/engine-rest/job-definition/" + jobDefinition + "/suspended",
				"{\"suspended\": " + suspended + ", \"includeJobs\": true}", "application/json");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
	}

	private JsonNode awaitClient(String id, java.util.function.Predicate<JsonNode> condition) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = integrator.get("/clients/" + id).json().path("data").path("client");
			return condition.test(last[0]);
		});
		return last[0];
	}

	private static ObjectNode sourceClient(String sourceId) {
		ObjectNode envelope = Payload.seed("individual-railsbank").node().deepCopy();
		ObjectNode client = (ObjectNode) envelope.path("data").path("client");
		client.put("id", sourceId);
		client.put("status", "active");
		((ObjectNode) client.path("profile")).put("email", sourceId + "@example.com");
		return envelope;
	}

}
