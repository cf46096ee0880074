package io.onboarding.orchestrator.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.EngineRest;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderCallbacks;
import io.onboarding.orchestrator.support.ProviderStub;
import io.onboarding.orchestrator.support.VerificationStubs;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * Identity verification at a provider over HTTP (SPEC 6.3): the integration tests send
 * DOC_ONLY applicants to Sumsub (played by WireMock, as its API reference describes it)
 * and play its callbacks, signed by the documented algorithm.
 */
@IntegrationTest
class VerificationIT {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	Api api;

	WireMockServer provider = ProviderStub.server();

	WebhookListener listener;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
		listener = WebhookListener.start();
	}

	@AfterEach
	void stop() {
		listener.close();
		new Database(jdbc).retireWebhookEndpoints();
	}

	@Test
	void aClientWaitsForTheProviderThenItsGreenVerdictTakesItToActive() {
		listener.subscribe(api, "/verification", List.of("verification.*", "clients.status-changed"));
		String clientId = create();

		JsonNode waiting = awaitClient(clientId, c -> "partner_review".equals(c.path("status").asText()));
		JsonNode verification = waiting.path("verification");
		assertThat(verification.path("provider").asText()).isEqualTo("sumsub");
		assertThat(verification.path("url").asText()).startsWith("https://in.sumsub.com/websdk/p/");
		assertThat(verification.path("status").asText()).isEqualTo("created");
		assertThat(waiting.path("kycStatus").asText()).as("the link is issued, nothing submitted yet")
			.isEqualTo("not_started");
		assertThat(waiting.path("providerStatuses")).hasSize(1);
		// registered as Sumsub's reference asks: the App Token scheme over the exact
		// request
		LoggedRequest registration = registrationOf(clientId);
		assertThat(registration.getHeader("X-App-Token")).isEqualTo(VerificationStubs.SUMSUB_APP_TOKEN);
		String ts = registration.getHeader("X-App-Access-Ts");
		assertThat(registration.getHeader("X-App-Access-Sig"))
			.isEqualTo(ProviderCallbacks.hex("HmacSHA256", VerificationStubs.SUMSUB_SECRET_KEY, concat(
					(ts + "POST" + registration.getUrl()).getBytes(StandardCharsets.UTF_8), registration.getBody())));
		assertThat(registration.getBodyAsString()).contains("\"country\":\"TUR\"");

		String applicantId = verification.path("applicantId").asText();
		assertThat(
				ProviderCallbacks
					.toSumsub(port,
							ProviderCallbacks.sumsubEvent("applicantPending", applicantId, clientId, "pending",
									Instant.now()))
					.status())
			.isEqualTo(200);
		assertThat(client(clientId).path("kycStatus").asText()).isEqualTo("in_review");

		Api.Response green = ProviderCallbacks.toSumsub(port,
				ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(), Instant.now()));
		assertThat(green.status()).as(green.toString()).isEqualTo(200);

		// DOC_ONLY, low risk, verified at the provider: approved by rule
		JsonNode active = awaitClient(clientId, c -> "active".equals(c.path("status").asText()));
		assertThat(active.path("kycStatus").asText()).isEqualTo("approved");
		assertThat(active.path("verification").path("status").asText()).isEqualTo("completed");
		JsonNode application = application(clientId);
		assertThat(application.path("decisions"))
			.extracting(d -> d.path("step").asText() + ":" + d.path("actor").asText())
			.containsSubsequence("verification:provider:sumsub", "screening:rule");
		await().atMost(PATIENCE)
			.until(() -> types(listener.received("/verification"), clientId)
				.containsAll(List.of("verification.updated", "clients.status-changed")));
	}

	@Test
	void anOfficerReviewingAVerifiedApplicantIsToldWhoVerifiedIt() {
		// an expired identification: medium risk, so even documents only goes to an
		// officer
		Api.Response created = api.post("/clients", Payload.individual().set("workflow.kycLevel", "DOC_ONLY"));
		String clientId = created.json().path("data").path("client").path("id").asText();
		String applicantId = awaitApplicant(clientId);
		ProviderCallbacks.toSumsub(port,
				ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(), Instant.now()));

		awaitClient(clientId, c -> "under_review".equals(c.path("application").path("status").asText()));
		Task review = tasks.createTaskQuery().processInstanceBusinessKey(clientId).singleResult();
		assertThat(tasks.getVariableLocal(review.getId(), "identityVerification"))
			.isEqualTo("verified by sumsub, applicant " + applicantId);
		assertThat(tasks.getVariableLocal(review.getId(), "screeningReasons").toString())
			.contains("identification_expired");
	}

	@Test
	void aDuplicateOrAnOutOfOrderCallbackChangesNothing() {
		String clientId = create();
		String applicantId = awaitApplicant(clientId);
		Instant submitted = Instant.now();

		assertThat(
				sumsub(ProviderCallbacks.sumsubEvent("applicantPending", applicantId, clientId, "pending", submitted)))
			.isEqualTo("accepted");
		// Sumsub's applicantCreated of before, arriving late: the verification does not
		// move back
		assertThat(sumsub(ProviderCallbacks.sumsubEvent("applicantCreated", applicantId, clientId, "init",
				submitted.minusSeconds(60))))
			.isEqualTo("accepted");
		assertThat(client(clientId).path("verification").path("status").asText()).isEqualTo("pending");
		String green = ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(),
				submitted.plusSeconds(30));
		assertThat(sumsub(green)).isEqualTo("accepted");
		assertThat(sumsub(green)).as("Sumsub resends it").isEqualTo("duplicate");

		awaitClient(clientId, c -> "active".equals(c.path("status").asText()));
		// a pending of before the verdict, arriving after the application ended
		assertThat(sumsub(ProviderCallbacks.sumsubEvent("applicantPending", applicantId, clientId, "pending",
				submitted.plusSeconds(10))))
			.isEqualTo("accepted");
		assertThat(client(clientId).path("verification").path("status").asText()).isEqualTo("completed");
		assertThat(outcomes(applicantId)).containsExactlyInAnyOrder("applied", "stale", "applied", "not_awaited");
		assertThat(application(clientId).path("decisions"))
			.filteredOn(d -> d.path("step").asText().equals("verification"))
			.as("the verdict applied once")
			.hasSize(1);
	}

	private String sumsub(String callback) {
		Api.Response answer = ProviderCallbacks.toSumsub(port, callback);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json().path("status").asText();
	}

	@Test
	void aFinalRejectionDeclinesWithTheProvidersLabels() {
		String clientId = create();
		String applicantId = awaitApplicant(clientId);

		ProviderCallbacks.toSumsub(port, ProviderCallbacks.sumsubReviewed(applicantId, clientId, "RED", "FINAL",
				List.of("FORGERY", "GRAPHIC_EDITOR"), Instant.now()));

		JsonNode rejected = awaitClient(clientId, c -> "rejected".equals(c.path("status").asText()));
		assertThat(rejected.path("kycStatus").asText()).isEqualTo("rejected");
		JsonNode application = application(clientId);
		assertThat(application.path("decision").asText()).isEqualTo("declined");
		assertThat(application.path("reason").asText()).isEqualTo("FORGERY, GRAPHIC_EDITOR");
		assertThat(application.path("reviewedBy").asText()).isEqualTo("provider:sumsub");
		// the application has ended: a later verdict is recorded and changes nothing
		ProviderCallbacks.toSumsub(port,
				ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(), Instant.now()));
		assertThat(client(clientId).path("status").asText()).isEqualTo("rejected");
		assertThat(outcomes(applicantId)).contains("not_awaited");
	}

	@Test
	void aRetryAsksForInformationWithAFreshLinkAndAGreenVerdictThenGoesOn() {
		String clientId = create();
		String applicantId = awaitApplicant(clientId);
		String firstLink = client(clientId).path("verification").path("url").asText();

		ProviderCallbacks.toSumsub(port, ProviderCallbacks.sumsubReviewed(applicantId, clientId, "RED", "RETRY",
				List.of("UNSATISFACTORY_PHOTOS"), Instant.now()));

		await().atMost(PATIENCE)
			.until(() -> "request_for_information".equals(application(clientId).path("status").asText()));
		assertThat(application(clientId).path("reason").asText()).isEqualTo("UNSATISFACTORY_PHOTOS");
		JsonNode retrying = awaitClient(clientId, c -> !firstLink.equals(c.path("verification").path("url").asText())
				&& "created".equals(c.path("verification").path("status").asText()));
		assertThat(retrying.path("status").asText()).isEqualTo("partner_review");
		assertThat(retrying.path("providerStatuses")).hasSize(2);
		assertThat(retrying.path("providerStatuses").get(0).path("deletedAt").asText()).isNotBlank();
		assertThat(retrying.path("providerStatuses").get(0).path("status").asText()).isEqualTo("failed");
		Api.Response answer = api.post(
				"/applications/" + retrying.path("application").path("id").asText() + "/information",
				Map.of("data", Map.of("note", "here")));
		assertThat(answer.status()).as("the applicant answers at the provider, not the integrator").isEqualTo(409);

		ProviderCallbacks.toSumsub(port,
				ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(), Instant.now()));
		awaitClient(clientId, c -> "active".equals(c.path("status").asText()));
	}

	@Test
	void nobodyFinishingInTimeExpiresTheApplication() {
		String clientId = create();
		awaitApplicant(clientId);

		runTimer(clientId, "BoundaryEvent_VerificationReminder");
		runTimer(clientId, "BoundaryEvent_VerificationOverdue");

		// the verification expires first; the client is rejected once its application
		// ends
		JsonNode expired = awaitClient(clientId, c -> "expired".equals(c.path("kycStatus").asText())
				&& !"partner_review".equals(c.path("status").asText()));
		assertThat(expired.path("status").asText()).isEqualTo("rejected");
		assertThat(expired.path("verification").path("status").asText()).isEqualTo("expired");
		assertThat(application(clientId).path("reason").asText()).isEqualTo("expired");
		assertThat(eventTypes(clientId)).contains("verification/reminder");
	}

	@Test
	void callbacksThatAreNotTheProvidersAreRefusedAndChangeNothing() {
		String clientId = create();
		String applicantId = awaitApplicant(clientId);
		String green = ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(), Instant.now());

		Api.Response unsigned = Api.at(port).send("POST", "/providers/sumsub/callbacks", green, "application/json");
		Api.Response wrongSecret = ProviderCallbacks.toSumsub(port, green, "HMAC_SHA256_HEX", "HmacSHA256",
				"not-the-secret");
		Api.Response wrongAlgorithm = ProviderCallbacks.toSumsub(port, green, "HMAC_MD5_HEX", "HmacSHA256",
				VerificationStubs.SUMSUB_WEBHOOK_SECRET);
		Api.Response tampered = Api.at(port)
			.withHeader("X-Payload-Digest",
					ProviderCallbacks.hex("HmacSHA256", VerificationStubs.SUMSUB_WEBHOOK_SECRET,
							green.getBytes(StandardCharsets.UTF_8)))
			.withHeader("X-Payload-Digest-Alg", "HMAC_SHA256_HEX")
			.send("POST", "/providers/sumsub/callbacks", green.replace("GREEN", "RED"), "application/json");

		for (Api.Response refused : List.of(unsigned, wrongSecret, wrongAlgorithm, tampered)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
		assertThat(client(clientId).path("status").asText()).isEqualTo("partner_review");
		assertThat(outcomes(applicantId)).isEmpty();

		Api.Response malformed = ProviderCallbacks.toSumsub(port, "{\"type\": \"applicantReviewed\"");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(ProviderCallbacks.toSumsub(port, "{\"applicantId\": \"x\"}").errorFields()).containsExactly("body");
		assertThat(Api.at(port).send("POST", "/providers/onfido/callbacks", green, "application/json").status())
			.isEqualTo(404);
		String huge = "{\"type\": \"applicantCreated\", \"applicantId\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		assertThat(ProviderCallbacks.toSumsub(port, huge).status()).isEqualTo(413);
	}

	@Test
	void personaSignaturesAreCheckedAcrossARotationAndWithinFiveMinutes() {
		String inquiry = "inq_" + UUID.randomUUID().toString().replace("-", "");
		String event = ProviderCallbacks.personaEvent("evt_" + UUID.randomUUID().toString().replace("-", ""),
				"inquiry.started", inquiry, UUID.randomUUID().toString(), "pending", Instant.now());
		Instant now = Instant.now();

		String rotation = ProviderCallbacks.signature(now, "wbhsec_the-new-secret", event) + " "
				+ ProviderCallbacks.signature(now, VerificationStubs.PERSONA_WEBHOOK_SECRET, event);
		assertThat(ProviderCallbacks.toPersona(port, event, rotation).status()).isEqualTo(200);
		assertThat(
				ProviderCallbacks
					.toPersona(port, event,
							ProviderCallbacks.signature(now.minusSeconds(301), VerificationStubs.PERSONA_WEBHOOK_SECRET,
									event))
					.status())
			.as("stale")
			.isEqualTo(401);
		assertThat(ProviderCallbacks.toPersona(port, event, "t=" + now.getEpochSecond() + ",v1=00").status())
			.isEqualTo(401);
		assertThat(ProviderCallbacks.toPersona(port, event).json().path("status").asText()).as("recorded once")
			.isEqualTo("duplicate");
		assertThat(jdbc.queryForObject(
				"SELECT outcome FROM provider_callbacks WHERE provider = 'persona' " + "AND applicant_id = ?",
				String.class, inquiry))
			.as("an applicant nobody knows: stored, answered 200")
			.isEqualTo("unknown_applicant");
	}

	@Test
	void aProviderThatIsDownBecomesAnIncidentAnOperatorRetries() {
		String email = "down." + System.nanoTime() + "@example.com";
		var down = provider.stubFor(post(urlMatching("/sumsub/resources/applicants\\?levelName=.*")).atPriority(1)
			.withRequestBody(
					matchingJsonPath("$.email", com.github.tomakehurst.wiremock.client.WireMock.equalTo(email)))
			.willReturn(aResponse().withStatus(503)));
		String clientId = create(Payload.individual().set("data.client.profile.email", email));

		String instance = applicationInstance(clientId);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> management.createJobQuery().processInstanceId(instance).noRetriesLeft().count() == 1);
		assertThat(runtime.createIncidentQuery().processInstanceId(instance).singleResult().getIncidentMessage())
			.isEqualTo("sumsub answered POST /resources/applicants with HTTP 503");
		assertThat(client(clientId).path("status").asText()).isEqualTo("pending");

		provider.removeStubMapping(down);
		Job job = management.createJobQuery().processInstanceId(instance).singleResult();
		Api.Response retried = EngineRest.asAdmin(port)
			.send("PUT", "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 1}", "application/json");
		assertThat(retried.status()).isEqualTo(204);
		awaitClient(clientId, c -> "partner_review".equals(c.path("status").asText()));
	}

	@Test
	void anApplicantTheProviderVerifiedOnItsOwnIsImportedAsAClient() {
		String applicantId = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
		String externalUserId = "third-party-" + applicantId;
		provider.stubFor(get(urlEqualTo("/sumsub/resources/applicants/" + applicantId + "/one"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"id": "%s", "createdAt": "2026-11-30 09:00:00", "externalUserId": "%s", "type": "individual",
					 "email": "%s@example.com", "phone": "+441234567890",
					 "info": {"firstName": "Ada", "lastName": "Lovelace", "dob": "1985-12-10", "nationality": "GBR",
					   "addresses": [{"street": "Baker Street 221B", "town": "London", "postCode": "NW1 6XE",
					                  "country": "GBR"}]},
					 "review": {"reviewStatus": "completed", "reviewResult": {"reviewAnswer": "GREEN"}}}
					""".formatted(applicantId, externalUserId, applicantId))));

		Api.Response reported = ProviderCallbacks.toSumsub(port,
				ProviderCallbacks.sumsubReviewed(applicantId, externalUserId, "GREEN", null, List.of(), Instant.now()));
		assertThat(reported.status()).isEqualTo(200);

		await().atMost(PATIENCE)
			.until(() -> jdbc.queryForObject("SELECT count(*) FROM migrations WHERE service_provider = 'sumsub' "
					+ "AND source_id = ? AND status = 'completed'", Integer.class, applicantId) == 1);
		String clientId = jdbc
			.queryForObject("SELECT client_id FROM migrations WHERE source_id = ?", UUID.class, applicantId)
			.toString();
		JsonNode imported = api.get("/clients/" + clientId + "?metadata.include=connect.connections").json();
		JsonNode client = imported.path("data").path("client");
		assertThat(client.path("fullName").asText()).isEqualTo("Ada Lovelace");
		assertThat(client.path("identity").path("country").asText()).isEqualTo("GB");
		assertThat(client.path("status").asText()).isEqualTo("active");
		assertThat(imported.path("connect").path("connections").get(0).path("externalId").asText())
			.isEqualTo(applicantId);
		assertThat(eventTypes(clientId)).contains("clients/created");
		assertThat(outcomes(applicantId)).containsExactly("imported");
	}

	private String create() {
		return create(Payload.individual());
	}

	private String create(Payload payload) {
		// documents only, and no expired identification: a verified applicant is
		// approved by rule
		Api.Response created = api.post("/clients",
				payload.set("workflow.kycLevel", "DOC_ONLY").set("data.client.identity.identifications", List.of()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private String awaitApplicant(String clientId) {
		return awaitClient(clientId, c -> "partner_review".equals(c.path("status").asText())).path("verification")
			.path("applicantId")
			.asText();
	}

	private JsonNode client(String id) {
		return api.get("/clients/" + id).json().path("data").path("client");
	}

	private JsonNode application(String clientId) {
		return api.get("/clients/" + clientId + "/application").json().path("data").path("application");
	}

	private JsonNode awaitClient(String id, Predicate<JsonNode> condition) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = client(id);
			return condition.test(last[0]);
		});
		return last[0];
	}

	private LoggedRequest registrationOf(String clientId) {
		return provider.findAll(postRequestedFor(urlPathEqualTo("/sumsub/resources/applicants")))
			.stream()
			.filter(request -> request.getBodyAsString().contains(clientId))
			.findFirst()
			.orElseThrow();
	}

	private List<String> outcomes(String applicantId) {
		return jdbc.queryForList("SELECT outcome FROM provider_callbacks WHERE applicant_id = ?", String.class,
				applicantId);
	}

	private List<String> eventTypes(String clientId) {
		return jdbc.queryForList("SELECT module || '/' || type FROM webhook_events WHERE client_id = ?", String.class,
				UUID.fromString(clientId));
	}

	private static List<String> types(List<WebhookListener.Received> received, String clientId) {
		return received.stream()
			.filter(r -> r.body().contains(clientId))
			.map(r -> r.json().path("webhook").path("module").asText() + "."
					+ r.json().path("webhook").path("type").asText())
			.toList();
	}

	private String applicationInstance(String clientId) {
		await().atMost(PATIENCE)
			.until(() -> runtime.createProcessInstanceQuery()
				.processDefinitionKey("kyc-application")
				.processInstanceBusinessKey(clientId)
				.count() == 1);
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey("kyc-application")
			.processInstanceBusinessKey(clientId)
			.singleResult()
			.getId();
	}

	private void runTimer(String clientId, String activityId) {
		String instance = applicationInstance(clientId);
		await().atMost(PATIENCE)
			.until(() -> management.createJobQuery().processInstanceId(instance).activityId(activityId).count() == 1);
		management.executeJob(
				management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult().getId());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
