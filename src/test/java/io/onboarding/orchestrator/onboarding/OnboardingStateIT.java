package io.onboarding.orchestrator.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderStub;
import io.onboarding.orchestrator.support.TestKeys;

/**
 * {@code GET /clients/{id}/onboarding}: a client in review, then after its approval; an
 * incident, then its retry.
 */
@IntegrationTest
class OnboardingStateIT {

	@LocalServerPort
	int port;

	@Test
	void anOperatorFollowsAClientFromReviewToApproval() {
		Api api = Api.at(port).asIntegrator();
		String clientId = api.post("/clients", Payload.individual())
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "under_review".equals(api.get("/clients/" + clientId)
				.json()
				.path("data")
				.path("client")
				.path("application")
				.path("status")
				.asText()));

		JsonNode inReview = api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding");

		JsonNode onboarding = process(inReview, "client-onboarding");
		assertThat(onboarding.path("state").asText()).isEqualTo("active");
		assertThat(onboarding.path("definitionVersion").asInt()).isPositive();
		assertThat(onboarding.path("currentActivities")).extracting(a -> a.path("name").asText())
			.containsExactly("Run KYC application");
		JsonNode application = process(inReview, "kyc-application");
		JsonNode review = application.path("openTasks").get(0);
		assertThat(review.path("name").asText()).isEqualTo("Review application");
		assertThat(review.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("compliance");
		assertThat(review.path("due").asText()).isNotBlank();
		assertThat(inReview.path("timeline")).extracting(s -> s.path("name").asText())
			.contains("Client stored", "Publish client created", "Assess risk", "Start review");

		String applicationId = api.get("/clients/" + clientId)
			.json()
			.path("data")
			.path("client")
			.path("application")
			.path("id")
			.asText();
		Api.at(port)
			.asOperator()
			.post("/applications/" + applicationId + "/decision",
					Map.of("data", Map.of("decision", "approve", "reason", "all good")));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "completed"
				.equals(process(api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding"),
						"client-onboarding")
					.path("state")
					.asText()));

		JsonNode approved = api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding");
		assertThat(process(approved, "kyc-application").path("state").asText()).isEqualTo("completed");
		assertThat(approved.path("decisions")).extracting(
				d -> d.path("outcome").asText() + " by " + d.path("actor").asText() + ": " + d.path("reason").asText())
			.containsExactly("approve by test-operator: all good");
		assertThat(approved.path("timeline")).extracting(s -> s.path("name").asText())
			.contains("Review application", "Complete application", "Activate client");
		assertThat(api.get("/clients/" + UUID.randomUUID() + "/onboarding").status()).isEqualTo(404);
	}

	@Test
	void anIncidentShowsInTheViewUntilTheOperatorRetriesIt() {
		Api api = Api.at(port).asIntegrator();
		String email = "incident." + System.nanoTime() + "@example.com";
		// in place before the client exists: its connection is tried moments after the
		// POST
		WireMockServer provider = ProviderStub.server();
		provider.stubFor(post(urlEqualTo("/railsbank/clients")).atPriority(2)
			.withRequestBody(containing(email))
			.willReturn(aResponse().withStatus(500)));
		String clientId = api
			.post("/clients",
					Payload.seed("individual-railsbank")
						.set("data.client.profile.email", email)
						.set("workflow.kycLevel", "NOT_REQUIRED")
						.set("connect.serviceProvider", "railsbank"))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "incident"
				.equals(process(api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding"),
						"client-onboarding")
					.path("state")
					.asText()));
		JsonNode stuck = process(api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding"),
				"client-onboarding");
		assertThat(stuck.path("currentActivities")).extracting(a -> a.path("name").asText())
			.containsExactly("Connect client to provider");
		JsonNode incident = stuck.path("incidents").get(0);
		assertThat(incident.path("type").asText()).isEqualTo("failedJob");
		assertThat(incident.path("activityId").asText()).isEqualTo(ClientOnboardingProcess.TASK_CONNECT_TO_PROVIDER);
		assertThat(incident.path("message").asText()).isEqualTo("railsbank answered POST /clients with HTTP 500");
		assertThat(api.get("/clients/" + clientId).json().path("data").path("client").path("status").asText())
			.as("the client is active; only its connection waits")
			.isEqualTo("active");

		provider.stubFor(post(urlEqualTo("/railsbank/clients")).atPriority(1)
			.withHeader("Idempotency-Key", equalTo(clientId))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"data\": {\"client\": {\"id\": \"rb-" + clientId + "\"}}}")));
		Api engine = Api.at(port)
			.withHeader("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString((TestKeys.ADMIN + ":" + TestKeys.ADMIN_PASSWORD)
							.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		String jobId = engine.get("/engine-rest/job?processInstanceId=" + stuck.path("id").asText())
			.json()
			.get(0)
			.path("id")
			.asText();
		assertThat(engine.send("PUT", "/engine-rest/job/" + jobId + "/retries", "{\"retries\": 1}", "application/json")
			.status()).isEqualTo(204);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "completed"
				.equals(process(api.get("/clients/" + clientId + "/onboarding").json().path("data").path("onboarding"),
						"client-onboarding")
					.path("state")
					.asText()));
		assertThat(api.get("/clients/" + clientId + "?metadata.include=connect.connections")
			.json()
			.path("connect")
			.path("connections")
			.get(0)
			.path("externalId")
			.asText()).isEqualTo("rb-" + clientId);
	}

	private static JsonNode process(JsonNode onboarding, String key) {
		for (JsonNode process : onboarding.path("processes")) {
			if (key.equals(process.path("definitionKey").asText())) {
				return process;
			}
		}
		throw new AssertionError("no " + key + " in " + onboarding);
	}

}
