package io.onboarding.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.orchestrator.support.Api;
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

	private static final Path SCRIPT = Path.of("src/test/browser/tasklist-review.mjs");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path PLAYWRIGHT = Path.of("node_modules/playwright-core");

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
		requireBrowser();
		officerInGroup("compliance");
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

		ProcessBuilder run = new ProcessBuilder("node", SCRIPT.toString()).redirectErrorStream(true);
		run.environment().put("BASE_URL", "http://127.0.0.1:" + port);
		run.environment().put("OFFICER", OFFICER);
		run.environment().put("PASSWORD", PASSWORD);
		run.environment().put("TASK_ID", taskId);
		run.environment().put("CLIENT_NAME", "Canay " + familyName);
		run.environment()
			.put("SCREENSHOT", Path.of("target", "tasklist-review-failure.png").toAbsolutePath().toString());
		Process review = run.start();
		boolean finished = review.waitFor(3, TimeUnit.MINUTES);
		String output = new String(review.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(finished).as("the browser finished: " + output).isTrue();
		assertThat(review.exitValue()).as(output).isZero();

		JsonNode active = awaitClient(api, clientId, "completed");
		assertThat(active.path("status").asText()).isEqualTo("active");
		JsonNode application = api.get("/applications/" + applicationId).json().path("data").path("application");
		assertThat(application.path("reviewedBy").asText()).as("the Tasklist user is the actor").isEqualTo(OFFICER);
		assertThat(application.path("reason").asText()).isEqualTo("Identity and address verified in Tasklist");
	}

	/**
	 * CI installs Chromium and playwright-core (.ci/run); elsewhere the test says what is
	 * missing.
	 */
	private static void requireBrowser() throws IOException {
		boolean ready = Files.isExecutable(CHROMIUM) && Files.isDirectory(PLAYWRIGHT) && Files.exists(SCRIPT);
		String missing = "Chromium (apt-get install chromium) and playwright-core (npm ci) are needed for the "
				+ "Tasklist browser test";
		if ("true".equals(System.getenv("CI"))) {
			assertThat(ready).as(missing).isTrue();
		}
		Assumptions.assumeTrue(ready, missing);
	}

	private void officerInGroup(String group) {
		User user = identity.createUserQuery().userId(OFFICER).singleResult();
		if (user == null) {
			user = identity.newUser(OFFICER);
			user.setFirstName("Tasklist");
			user.setLastName("Officer");
		}
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		if (identity.createUserQuery().userId(OFFICER).memberOfGroup(group).count() == 0) {
			identity.createMembership(OFFICER, group);
		}
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
