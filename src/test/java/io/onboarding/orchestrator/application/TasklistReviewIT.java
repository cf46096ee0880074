package io.onboarding.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
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
 * A compliance officer reviews an application in Camunda Tasklist, in a real headless
 * Chromium (Debian's chromium driven by playwright-core,
 * src/test/browser/tasklist-review.mjs): logs in, opens the compliance queue and the task
 * in it, sees the client in the form, claims the task, approves it; the client becomes
 * active.
 */
@IntegrationTest
class TasklistReviewIT {

	private static final BrowserScript SCRIPT = BrowserScript.of("tasklist-review.mjs");

	private static final String OFFICER = "tasklist-officer";

	private static final String PASSWORD = "tasklist-officer-password";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Test
	void anOfficerApprovesAnApplicationInTasklist() throws Exception {
		SCRIPT.requireBrowser();
		BrowserScript.officer(identity, OFFICER, PASSWORD, "compliance");
		Api api = Api.at(port).asIntegrator();
		String familyName = "Tasklist" + Long.toString(System.nanoTime(), 36);
		String clientId = api.post("/clients", Payload.individual().set("data.client.identity.familyName", familyName))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		JsonNode client = awaitClient(api, clientId, "under_review");
		String applicationId = client.path("application").path("id").asText();
		String taskId = tasks.createTaskQuery()
			.processVariableValueEquals("applicationId", applicationId)
			.singleResult()
			.getId();

		SCRIPT.run(Map.of("BASE_URL", "http://127.0.0.1:" + port, "OFFICER", OFFICER, "PASSWORD", PASSWORD, "TASK_ID",
				taskId, "CLIENT_NAME", "Canay " + familyName));

		JsonNode active = awaitClient(api, clientId, "completed");
		assertThat(active.path("status").asText()).isEqualTo("active");
		JsonNode application = api.get("/applications/" + applicationId).json().path("data").path("application");
		assertThat(application.path("reviewedBy").asText()).as("the Tasklist user is the actor").isEqualTo(OFFICER);
		assertThat(application.path("reason").asText()).isEqualTo("Identity and address verified in Tasklist");
	}

	private static JsonNode awaitClient(Api api, String id, String applicationStatus) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = api.get("/clients/" + id).json().path("data").path("client");
			return List.of(applicationStatus).contains(last[0].path("application").path("status").asText());
		});
		return last[0];
	}

}
