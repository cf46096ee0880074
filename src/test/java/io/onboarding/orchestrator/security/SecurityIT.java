package io.onboarding.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.TestKeys;
import io.onboarding.orchestrator.support.WebAppSession;

/** Every door: API keys and roles, Camunda's own logins, the public health check. */
@IntegrationTest
class SecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutAKeyTheApiAnswers401() {
		for (String path : new String[] { "/clients", "/clients/" + java.util.UUID.randomUUID() }) {
			Api.Response refused = Api.at(port).get(path);
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
		}
		assertThat(Api.at(port).post("/clients", Payload.individual()).status()).isEqualTo(401);
	}

	@Test
	void aWrongKeyIsA401() {
		assertThat(Api.at(port).as("not-a-key").get("/clients").status()).isEqualTo(401);
		assertThat(Api.at(port).withHeader("Authorization", "Bearer not-a-key").get("/clients").status())
			.isEqualTo(401);
		assertThat(Api.at(port).as(TestKeys.HASHED_SHA256).get("/clients").status())
			.as("the hash of a key is not the key")
			.isEqualTo(401);
	}

	@Test
	void keysWorkAsHeaderAsBearerAndWhenConfiguredAsAHash() {
		assertThat(Api.at(port).as(TestKeys.INTEGRATOR).get("/clients").status()).isEqualTo(200);
		assertThat(Api.at(port).withHeader("Authorization", "Bearer " + TestKeys.OPERATOR).get("/clients").status())
			.isEqualTo(200);
		assertThat(Api.at(port).as(TestKeys.HASHED).get("/clients").status()).isEqualTo(200);
	}

	@Test
	void theKeysNameIsTheActor() {
		Api.Response created = Api.at(port).as(TestKeys.HASHED).post("/clients", Payload.individual());

		assertThat(created.status()).isEqualTo(201);
		java.util.UUID id = java.util.UUID.fromString(created.json().path("data").path("client").path("id").asText());
		assertThat(jdbc.queryForObject("SELECT created_by FROM clients WHERE id = ?", String.class, id))
			.as("the client's record names the key's name, not the key")
			.isEqualTo("hashed-integrator");
		// and the process's requester, as operators see it in Cockpit
		assertThat(jdbc.queryForObject("SELECT v.text_ FROM act_hi_varinst v JOIN act_hi_procinst p "
				+ "ON p.id_ = v.proc_inst_id_ WHERE p.business_key_ = ? AND p.proc_def_key_ = 'client-onboarding' "
				+ "AND v.name_ = 'requestedBy'", String.class, id.toString()))
			.isEqualTo("hashed-integrator");
	}

	@Test
	void metricsNeedAnOperator() {
		assertThat(Api.at(port).get("/actuator/prometheus").status()).isEqualTo(401);
		Api.Response integrator = Api.at(port).asIntegrator().get("/actuator/prometheus");
		assertThat(integrator.status()).isEqualTo(403);
		assertThat(integrator.header("Content-Type")).startsWith("application/problem+json");
		Api.Response operator = Api.at(port).asOperator().get("/actuator/prometheus");
		assertThat(operator.status()).isEqualTo(200);
		assertThat(operator.text()).contains("http_server_requests");
		// Spring Security's own observations are off (SecurityConfiguration): the
		// requests it refused are timed with the rest
		assertThat(operator.text()).doesNotContain("spring_security_")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\"");
	}

	@Test
	void theOnboardingFiguresAreExported() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.until(() -> Api.at(port)
				.asOperator()
				.get("/actuator/prometheus")
				.text()
				.contains("onboarding_incidents{"));
		String metrics = Api.at(port).asOperator().get("/actuator/prometheus").text();
		assertThat(metrics).contains("onboarding_reviews_open{group=\"compliance\"}",
				"onboarding_reviews_oldest_age_seconds{group=\"compliance-senior\"}",
				"onboarding_incidents{process=\"client-migration\"}", "onboarding_jobs_executable ",
				"onboarding_jobs_failed ", "onboarding_webhook_deliveries_total", "onboarding_screening_hits_open ",
				"onboarding_reviews_overdue ", "onboarding_screening_list_version{list=\"sample\"}",
				"onboarding_screening_list_loaded_seconds{list=\"sample-un\"}");
	}

	@Test
	void theClientFiguresAreTheClientsPerStatus() {
		assertThat(Api.at(port).asIntegrator().post("/clients", Payload.individual()).status()).isEqualTo(201);
		// read from the kept counts on PostgreSQL: they must say what counting the
		// table says
		Awaitility.await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
			String metrics = Api.at(port).asOperator().get("/actuator/prometheus").text();
			List<String> perStatus = jdbc.query("SELECT status, count(*) FROM clients GROUP BY status",
					(row, i) -> "onboarding_clients{status=\"" + row.getString(1) + "\"} " + row.getLong(2) + ".0");
			assertThat(perStatus).isNotEmpty();
			assertThat(metrics).contains(perStatus);
		});
	}

	@Test
	void healthIsPublicWithoutDetails() {
		Api.Response health = Api.at(port).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asText()).isEqualTo("UP");
		assertThat(health.json().has("components")).isFalse();
		assertThat(Api.at(port).asIntegrator().get("/actuator/health").json().has("components")).isFalse();
	}

	@Test
	void probesAnswerPubliclyAndAnOperatorSeesWhatReadinessChecks() {
		assertThat(Api.at(port).get("/actuator/health/liveness").json().path("status").asText()).isEqualTo("UP");
		Api.Response readiness = Api.at(port).get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().has("components")).isFalse();

		JsonNode details = Api.at(port).asOperator().get("/actuator/health/readiness").json();
		assertThat(details.path("components").fieldNames()).toIterable()
			.containsExactlyInAnyOrder("readinessState", "db", "processEngine", "jobExecutor");
		assertThat(details.path("components").path("jobExecutor").path("status").asText()).isEqualTo("UP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/shutdown" })
	void noOtherActuatorEndpointIsOpenEvenToAnOperator(String path) {
		assertThat(Api.at(port).get(path).status()).isIn(401, 404);
		assertThat(Api.at(port).asOperator().get(path).status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
			"/camunda/api/engine/engine/default/task/count", "/camunda/api/engine/engine/default/group",
			"/camunda/api/engine/engine/default/user",
			"/camunda/api/engine/engine/default/history/process-instance/count" })
	void theWebAppsApisNeedAWebAppLoginAndNotAnApiKey(String path) {
		assertThat(Api.at(port).get(path).status()).isIn(401, 403);
		assertThat(Api.at(port).asOperator().get(path).status()).isIn(401, 403);
		assertThat(Api.at(port).asOperator().get(path).text()).doesNotContain("client-onboarding");
		// the path is real: the web apps' own login opens it
		Api.Response loggedIn = WebAppSession.login(port, TestKeys.ADMIN, TestKeys.ADMIN_PASSWORD).get(path);
		assertThat(loggedIn.status()).as(loggedIn.toString()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
			"/camunda/app/admin/default/", "/camunda/app/welcome/default/" })
	void everyWebAppOpensOnItsLoginAndShowsNoData(String path) {
		Api.Response page = Api.at(port).get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).containsIgnoringCase("<html").doesNotContain("client-onboarding");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/incident",
			"/engine-rest/job", "/engine-rest/user", "/engine-rest/history/process-instance", "/engine-rest/deployment",
			"/engine-rest/engine" })
	void everyEngineRestPathNeedsACamundaLogin(String path) {
		assertThat(Api.at(port).get(path).status()).isIn(401, 403);
		assertThat(Api.at(port).asOperator().get(path).status()).isIn(401, 403);
		assertThat(Api.at(port).get(path).text()).doesNotContain("default");
	}

	@Test
	void engineRestNeedsACamundaLoginAndNeverAnApiKey() {
		assertThat(Api.at(port).get("/engine-rest/process-definition").status()).isEqualTo(401);
		assertThat(Api.at(port).asOperator().get("/engine-rest/process-definition").status()).isEqualTo(401);
		// (not the admin with a wrong password: Camunda then locks the admin out for a
		// few seconds)
		assertThat(Api.at(port)
			.withHeader("Authorization", basic("intruder", "guess"))
			.get("/engine-rest/process-definition")
			.status()).isEqualTo(401);

		Api.Response admin = Api.at(port)
			.withHeader("Authorization", basic(TestKeys.ADMIN, TestKeys.ADMIN_PASSWORD))
			.get("/engine-rest/process-definition?key=client-onboarding");
		assertThat(admin.status()).as(admin + " " + admin.headers()).isEqualTo(200);
		assertThat(admin.json().get(0).path("key").asText()).isEqualTo("client-onboarding");
	}

	@Test
	void camundaWebAppsShowTheirLoginAndKeepTheirApiClosed() {
		Api.Response page = Api.at(port).get("/camunda/app/welcome/default/");
		assertThat(page.status()).as(page + " " + page.headers()).isEqualTo(200);
		assertThat(page.text()).containsIgnoringCase("<html");
		assertThat(page.header("X-XSRF-TOKEN")).as("the web apps' own CSRF protection").isNotBlank();

		Api.Response webappApi = Api.at(port).get("/camunda/api/engine/engine/default/process-definition");
		assertThat(webappApi.status()).isIn(401, 403);
	}

	@Test
	void everyAnswerCarriesARequestIdAndEchoesTheCallers() {
		Api.Response unauthenticated = Api.at(port).get("/clients");
		assertThat(unauthenticated.header("X-Request-Id")).matches("[0-9a-f-]{36}");
		Api.Response given = Api.at(port)
			.asIntegrator()
			.withHeader("X-Request-Id", "integrator-req-0042")
			.get("/clients");
		assertThat(given.header("X-Request-Id")).isEqualTo("integrator-req-0042");
		Api.Response odd = Api.at(port).asIntegrator().withHeader("X-Request-Id", "<script>").get("/clients");
		assertThat(odd.header("X-Request-Id")).as("a header that could forge log lines is replaced")
			.matches("[0-9a-f-]{36}");
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
