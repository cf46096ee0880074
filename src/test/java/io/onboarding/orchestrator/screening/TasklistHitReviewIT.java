package io.onboarding.orchestrator.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.BrowserScript;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * A compliance officer decides a screening hit in Camunda Tasklist, in Chromium
 * (src/test/browser/tasklist-hit-review.mjs): a list update matched an active client, the
 * officer finds the form with the party, the list entry and why they matched, and records
 * a false positive with a reason. The hit then says who decided, and why.
 */
@IntegrationTest
class TasklistHitReviewIT {

	private static final BrowserScript SCRIPT = BrowserScript.of("tasklist-hit-review.mjs");

	private static final String OFFICER = "hit-officer";

	private static final String PASSWORD = "hit-officer-password";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Test
	void anOfficerFindsAHitAFalsePositiveInTasklist() throws Exception {
		SCRIPT.requireBrowser();
		BrowserScript.officer(identity, OFFICER, PASSWORD, "compliance");
		Api integrator = Api.at(port).asIntegrator();
		Api operator = Api.at(port).asOperator();
		String family = "Hitreview" + Long.toString(System.nanoTime(), 36);
		String clientId = integrator
			.post("/clients",
					Payload.individual()
						.set("workflow.kycLevel", "NOT_REQUIRED")
						.set("data.client.identity.givenName", "Nadia")
						.set("data.client.identity.familyName", family)
						.set("data.client.identity.birthDate", "1980-05-05"))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		// an active client is screened as it becomes one
		await().atMost(PATIENCE).until(() -> {
			JsonNode client = integrator.get("/clients/" + clientId).json().path("data").path("client");
			return "active".equals(client.path("status").asText())
					&& client.path("screening").path("lastScreenedAt").isTextual();
		});
		String list = ("browser-" + family).toLowerCase();
		Api.Response loaded = operator.send("PUT", "/screening/lists/" + list,
				"id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,"
						+ "first_seen,last_seen,last_change\nb-1,Person,Nadia " + family
						+ ",,1980-05-05,gb,,,Programme B,,,Browser list,2026-01-01,2026-01-01,2026-01-01\n",
				"text/csv");
		assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
		JsonNode[] hit = new JsonNode[1];
		await().atMost(PATIENCE).until(() -> {
			hit[0] = operator.get("/screening/hits?clientId=" + clientId).json().path("data").path("hits").path(0);
			return !hit[0].isMissingNode();
		});
		String hitId = hit[0].path("id").asText();
		String taskId = tasks.createTaskQuery()
			.processVariableValueEquals(ScreeningReviewProcess.HIT_ID, hitId)
			.singleResult()
			.getId();

		SCRIPT.run(Map.of("BASE_URL", "http://127.0.0.1:" + port, "OFFICER", OFFICER, "PASSWORD", PASSWORD, "TASK_ID",
				taskId, "PARTY_NAME", "Nadia " + family, "LIST", list));

		JsonNode decided = operator.get("/screening/hits/" + hitId).json().path("data").path("hit");
		assertThat(decided.path("status").asText()).isEqualTo("false_positive");
		assertThat(decided.path("decision").path("by").asText()).as("the Tasklist user is the actor")
			.isEqualTo(OFFICER);
		assertThat(decided.path("decision").path("reason").asText())
			.isEqualTo("Another person: birth place and passport differ");
		await().atMost(PATIENCE)
			.until(() -> "clear".equals(integrator.get("/clients/" + clientId)
				.json()
				.path("data")
				.path("client")
				.path("screening")
				.path("status")
				.asText()));
	}

}
