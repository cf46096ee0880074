package io.onboarding.orchestrator.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.TestKeys;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * Screening over HTTP on PostgreSQL (SPEC 5.5): applicants against the lists in force, a
 * list update against every active client, hits decided by two officers, false positives
 * remembered, periodic reviews and raised KYC levels.
 */
@IntegrationTest
class ScreeningIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String HEADER = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,"
			+ "phones,emails,dataset,first_seen,last_seen,last_change\n";

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	Api integrator;

	Api officer;

	Api secondOfficer;

	@BeforeEach
	void connect() {
		integrator = Api.at(port).asIntegrator();
		officer = Api.at(port).asOperator();
		secondOfficer = Api.at(port).as(TestKeys.SECOND_OPERATOR);
	}

	@Test
	void anApplicantOnASanctionsListGoesToASeniorOfficerWithTheEvidence() {
		String clientId = create(Payload.individual()
			.set("data.client.identity.givenName", "Viktor")
			.set("data.client.identity.familyName", "Sanktionov")
			.set("data.client.identity.birthDate", "1961-04-12"));
		JsonNode client = awaitClient(clientId,
				c -> "under_review".equals(c.path("application").path("status").asText()));
		String applicationId = client.path("application").path("id").asText();

		JsonNode application = officer.get("/applications/" + applicationId).json().path("data").path("application");
		assertThat(application.path("riskLevel").asText()).isEqualTo("high");
		assertThat(application.path("screeningReasons")).extracting(JsonNode::asText).contains("sanctions_list_match");
		var review = tasks.createTaskQuery().processInstanceBusinessKey(clientId).singleResult();
		assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(link -> link.getGroupId())
			.containsExactly("compliance-senior");
		assertThat(tasks.getVariableLocal(review.getId(), "listMatches").toString())
			.startsWith("Viktor Sanctionov (sample ")
			.contains("entry sample-1, sanction")
			.contains("birth date +0.05");

		JsonNode hit = only(hits("clientId=" + clientId));
		assertThat(hit.path("context").asText()).isEqualTo("onboarding");
		assertThat(hit.path("status").asText()).isEqualTo("open");
		assertThat(hit.path("list").asText()).isEqualTo("sample");
		assertThat(hit.path("entryId").asText()).isEqualTo("sample-1");
		assertThat(hit.path("topics")).extracting(JsonNode::asText).containsExactly("sanction");
		assertThat(hit.path("features").path("birthDate").asDouble()).isPositive();
		assertThat(hit.path("applicationId").asText()).isEqualTo(applicationId);
		assertThat(officer
			.post("/screening/hits/" + hit.path("id").asText() + "/decision",
					Map.of("data", Map.of("decision", "false_positive", "reason", "x")))
			.status()).as("decided in the application's review").isEqualTo(409);

		// a possible match is no match: two officers approve, and it is judged a false
		// positive
		decide(officer, applicationId, "approve");
		decide(secondOfficer, applicationId, "approve");
		awaitClient(clientId, c -> "active".equals(c.path("status").asText()));
		JsonNode decided = officer.get("/screening/hits/" + hit.path("id").asText()).json().path("data").path("hit");
		assertThat(decided.path("status").asText()).isEqualTo("false_positive");
		assertThat(decided.path("decision").path("by").asText()).isEqualTo("second-operator");
		assertThat(client(clientId).path("screening").path("status").asText()).isEqualTo("clear");
	}

	@Test
	void aPepOnAListMakesTheApplicantHighRiskWithoutASanctionsHit() {
		String clientId = create(Payload.individual()
			.set("data.client.identity.givenName", "Petra")
			.set("data.client.identity.familyName", "Ministerova")
			.set("data.client.identity.birthDate", "1964-06-21"));
		JsonNode client = awaitClient(clientId,
				c -> "under_review".equals(c.path("application").path("status").asText()));
		JsonNode application = officer.get("/applications/" + client.path("application").path("id").asText())
			.json()
			.path("data")
			.path("application");
		assertThat(application.path("riskLevel").asText()).isEqualTo("high");
		assertThat(application.path("screeningReasons")).extracting(JsonNode::asText)
			.contains("politically_exposed_person")
			.doesNotContain("sanctions_list_match");
		assertThat(only(hits("clientId=" + clientId)).path("topics")).extracting(JsonNode::asText)
			.containsExactly("pep");
	}

	@Test
	void aListUpdateFindsAnActiveClientAndATrueMatchNeedsTwoOfficersThenFreezesIt() {
		String family = unique("Listedlater");
		String clientId = activeClient("Nadia", family, "1980-05-05");
		JsonNode active = client(clientId);
		assertThat(active.path("screening").path("status").asText()).isEqualTo("clear");
		assertThat(active.path("screening").path("listVersions").path("sample").asInt()).isPositive();
		assertThat(active.path("nextReviewAt").asText()).isNotBlank();
		String list = unique("it-list").toLowerCase();

		try (WebhookListener listener = WebhookListener.start()) {
			JsonNode endpoint = listener.subscribe(integrator, "/screening",
					List.of("screening.*", "clients.status-changed", "reviews.*"));
			try {
				Api.Response loaded = load(list, HEADER + "x-1,Person,Nadia " + family
						+ ",,1980-05-05,gb,,,Programme X,,," + "IT list,2026-01-01,2026-01-01,2026-01-01\n");
				assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
				assertThat(loaded.json().path("data").path("list").path("version").asInt()).isEqualTo(1);
				assertThat(loaded.json().path("data").path("list").path("added").asInt()).isEqualTo(1);

				JsonNode hit = awaitOnlyHit(clientId);
				assertThat(hit.path("context").asText()).isEqualTo("ongoing");
				assertThat(hit.path("list").asText()).isEqualTo(list);
				assertThat(client(clientId).path("screening").path("status").asText()).isEqualTo("open_hit");
				String hitPath = "/screening/hits/" + hit.path("id").asText() + "/decision";

				Api.Response first = officer.post(hitPath, Map.of("data", Map.of("decision", "true_match")));
				assertThat(first.status()).as(first.toString()).isEqualTo(200);
				assertThat(first.json().path("data").path("hit").path("status").asText())
					.isEqualTo("awaiting_confirmation");
				Api.Response again = officer.post(hitPath, Map.of("data", Map.of("decision", "true_match")));
				assertThat(again.status()).as("four eyes").isEqualTo(422);
				Api.Response confirmed = secondOfficer.post(hitPath, Map.of("data", Map.of("decision", "true_match")));
				assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
				assertThat(confirmed.json().path("data").path("hit").path("status").asText()).isEqualTo("true_match");
				assertThat(
						secondOfficer.post(hitPath, Map.of("data", Map.of("decision", "false_positive", "reason", "x")))
							.status())
					.as("a decided hit")
					.isEqualTo(409);

				JsonNode frozen = awaitClient(clientId, c -> "frozen".equals(c.path("status").asText())
						&& "screening".equals(application(c).path("kind").asText()));
				assertThat(frozen.path("screening").path("status").asText()).isEqualTo("true_match");
				// the confirmed match weighs on the review it opened: a senior officer
				// decides
				JsonNode reviewed = awaitClient(clientId,
						c -> "under_review".equals(c.path("application").path("status").asText()));
				assertThat(reviewed.path("status").asText()).isEqualTo("frozen");
				assertThat(application(reviewed).path("riskLevel").asText()).isEqualTo("high");
				assertThat(application(reviewed).path("screeningReasons")).extracting(JsonNode::asText)
					.contains("sanctions_list_match");
				await().atMost(PATIENCE)
					.until(() -> types(listener, clientId).containsAll(List.of("screening.hit-opened",
							"screening.hit-decided", "clients.status-changed", "reviews.due")));
			}
			finally {
				integrator.delete("/webhooks/endpoints/" + endpoint.path("id").asText());
			}
		}
	}

	@Test
	void aFalsePositiveIsRememberedUntilTheEntryChanges() {
		String family = unique("Falsematch");
		String clientId = activeClient("Bruno", family, "1990-01-01");
		String list = unique("it-fp").toLowerCase();
		String row = "fp-1,Person,Bruno " + family + ",,%s,,,,Programme Y,,,IT list,2026-01-01,2026-01-01,2026-01-01\n";
		assertThat(load(list, HEADER + String.format(row, "1990")).status()).isEqualTo(201);
		JsonNode hit = awaitOnlyHit(clientId);
		Api.Response noReason = officer.post("/screening/hits/" + hit.path("id").asText() + "/decision",
				Map.of("data", Map.of("decision", "false_positive")));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.errorFields()).containsExactly("data.reason");
		assertThat(officer
			.post("/screening/hits/" + hit.path("id").asText() + "/decision",
					Map.of("data", Map.of("decision", "false_positive", "reason", "another Bruno: other city")))
			.status()).isEqualTo(200);

		// a new version that leaves the entry as it was raises nothing
		Api.Response v2 = load(list, HEADER + String.format(row, "1990") + "fp-2,Person,Somebody Unrelated "
				+ unique("x") + ",,,,,,P,,,IT list,2026-01-01,2026-01-01,2026-01-01\n");
		assertThat(v2.json().path("data").path("list").path("version").asInt()).isEqualTo(2);
		awaitRunsDone();
		assertThat(hits("clientId=" + clientId)).hasSize(1);

		// the same file again is no new version at all
		Api.Response same = load(list, HEADER + String.format(row, "1990")
				+ "fp-2,Person,Somebody Unrelated x,,,,,,P,,,IT list,2026-01-01,2026-01-01,2026-01-01\n");
		assertThat(same.status()).isIn(200, 201);

		// the entry changes (a full birth date now): the match is raised again
		assertThat(load(list, HEADER + String.format(row, "1990-01-01")).status()).isEqualTo(201);
		await().atMost(PATIENCE).until(() -> hits("clientId=" + clientId).size() == 2);
	}

	@Test
	void aFileThatCantBeReadLeavesTheListAsItWas() {
		String list = unique("it-bad").toLowerCase();
		assertThat(load(list, HEADER + "b-1,Person,Bad Example One,,,,,,P,,,d,,,\n").status()).isEqualTo(201);

		Api.Response broken = load(list,
				HEADER + "b-1,Person,Bad Example One,,,,,,P,,,d,,,\nb-2,Person,,,,,,,P,,,d,,,\n");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().path("errors").get(0).path("field").asText()).isEqualTo("body");
		assertThat(broken.json().path("errors").get(0).path("message").asText()).isEqualTo("line 3: name is empty");
		Api.Response xml = officer.send("PUT", "/screening/lists/" + list, "<CONSOLIDATED_LIST><INDIVIDUALS>",
				"application/xml");
		assertThat(xml.status()).isEqualTo(400);
		assertThat(xml.json().path("errors").get(0).path("message").asText())
			.startsWith("line 1: the XML can't be read");
		assertThat(officer.send("PUT", "/screening/lists/" + list, "{}", "application/json").status()).isEqualTo(415);
		assertThat(officer.send("PUT", "/screening/lists/" + list, "", "text/csv").status()).isEqualTo(400);
		assertThat(officer.send("PUT", "/screening/lists/Bad%20Name", HEADER, "text/csv").errorFields())
			.containsExactly("name");
		JsonNode current = officer.get("/screening/lists/" + list).json().path("data").path("list");
		assertThat(current.path("version").asInt()).isEqualTo(1);
		assertThat(current.path("entryCount").asInt()).isEqualTo(1);
		assertThat(current.path("versions")).hasSize(1);

		jdbc.update("UPDATE screening_lists SET loading_since = now() WHERE name = ?", list);
		assertThat(load(list, HEADER + "b-3,Person,Bad Example Three,,,,,,P,,,d,,,\n").status())
			.as("a load while another runs")
			.isEqualTo(409);
		jdbc.update("UPDATE screening_lists SET loading_since = NULL WHERE name = ?", list);

		assertThat(integrator.send("PUT", "/screening/lists/" + list, HEADER, "text/csv").status()).as("operators only")
			.isEqualTo(403);
		assertThat(officer.get("/screening/hits/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(officer.get("/screening/hits?status=maybe").errorFields()).containsExactly("status");
		assertThat(officer.get("/screening/lists").json().path("data").path("lists"))
			.extracting(l -> l.path("name").asText())
			.contains("sample", "sample-un", list);
	}

	@Test
	void aListPastTheSizeLimitIsRefusedWith413() {
		String big = HEADER + "z-1,Person,Big Example,,,,,,P,,,d,,,\n".repeat(1) + "#".repeat(3 * 1024 * 1024);
		Api.Response answer = officer.send("PUT", "/screening/lists/" + unique("it-big").toLowerCase(), big,
				"text/csv");
		assertThat(answer.status()).isEqualTo(413);
	}

	@Test
	void aPeriodicReviewOpensWhenDueAndAnApprovalSchedulesTheNext() {
		String clientId = activeClient("Rita", unique("Periodic"), "1985-03-03");
		// the clock moved: the review is due
		jdbc.update("UPDATE clients SET next_review_at = now() - interval '1 day' WHERE id = ?",
				UUID.fromString(clientId));

		JsonNode due = awaitClient(clientId, c -> "periodic".equals(application(c).path("kind").asText()));
		assertThat(due.path("status").asText()).as("active while reviewed").isEqualTo("active");
		assertThat(due.path("nextReviewAt").isMissingNode() || due.path("nextReviewAt").isNull()).isTrue();
		String applicationId = application(due).path("id").asText();
		awaitClient(clientId, c -> "under_review".equals(c.path("application").path("status").asText()));
		decide(officer, applicationId, "approve");
		JsonNode reviewed = awaitClient(clientId, c -> "completed".equals(c.path("application").path("status").asText())
				&& !c.path("nextReviewAt").asText().isEmpty());
		assertThat(reviewed.path("status").asText()).isEqualTo("active");
		assertThat(java.time.Instant.parse(reviewed.path("nextReviewAt").asText()))
			.isAfter(java.time.Instant.now().plus(Duration.ofDays(300)));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM applications WHERE client_id = ? AND kind = 'periodic'",
				Long.class, UUID.fromString(clientId)))
			.as("opened once")
			.isEqualTo(1);
	}

	@Test
	void raisingTheKycLevelOfAnActiveClientOpensAnApplicationAtIt() {
		String clientId = create(Payload.individual()
			.set("workflow.kycLevel", "NOT_REQUIRED")
			.set("data.client.identity.familyName", unique("Raised")));
		awaitClient(clientId, c -> "active".equals(c.path("status").asText()));

		Api.Response raised = officer.patch("/clients/" + clientId + "/compliance",
				Map.of("data", Map.of("kycLevel", "FULL_KYC")));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
		JsonNode client = awaitClient(clientId, c -> "level_change".equals(application(c).path("kind").asText())
				&& "under_review".equals(c.path("application").path("status").asText()));
		assertThat(client.path("compliance").path("kycLevel").asText()).isEqualTo("FULL_KYC");
		assertThat(officer.patch("/clients/" + clientId + "/compliance", Map.of("data", Map.of("kycLevel", "HIGHEST")))
			.errorFields()).containsExactly("data.kycLevel");
	}

	private String activeClient(String given, String family, String birthDate) {
		String clientId = create(Payload.individual()
			.set("workflow.kycLevel", "NOT_REQUIRED")
			.set("data.client.identity.givenName", given)
			.set("data.client.identity.familyName", family)
			.set("data.client.identity.birthDate", birthDate));
		awaitClient(clientId, c -> "active".equals(c.path("status").asText()));
		// an active client is screened as it becomes one, and is in every node's index
		awaitClient(clientId, c -> c.path("screening").path("lastScreenedAt").isTextual());
		return clientId;
	}

	private String create(Payload payload) {
		Api.Response created = integrator.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private Api.Response load(String list, String csv) {
		return officer.send("PUT", "/screening/lists/" + list, csv, "text/csv");
	}

	private void decide(Api api, String applicationId, String decision) {
		await().atMost(PATIENCE).until(() -> {
			Api.Response answer = api.post("/applications/" + applicationId + "/decision",
					Map.of("data", Map.of("decision", decision, "reason", "checked")));
			return answer.status() == 200;
		});
	}

	private List<JsonNode> hits(String query) {
		List<JsonNode> hits = new java.util.ArrayList<>();
		officer.get("/screening/hits?" + query).json().path("data").path("hits").forEach(hits::add);
		return hits;
	}

	private JsonNode awaitOnlyHit(String clientId) {
		await().atMost(PATIENCE).until(() -> hits("clientId=" + clientId).size() == 1);
		return only(hits("clientId=" + clientId));
	}

	private void awaitRunsDone() {
		await().atMost(PATIENCE)
			.until(() -> jdbc.queryForObject("SELECT count(*) FROM screening_runs WHERE status <> 'done'",
					Long.class) == 0);
	}

	private static JsonNode only(List<JsonNode> nodes) {
		assertThat(nodes).hasSize(1);
		return nodes.get(0);
	}

	private JsonNode application(JsonNode client) {
		String id = client.path("application").path("id").asText();
		return id.isEmpty() ? client.path("application")
				: officer.get("/applications/" + id).json().path("data").path("application");
	}

	private JsonNode client(String id) {
		return integrator.get("/clients/" + id).json().path("data").path("client");
	}

	private JsonNode awaitClient(String id, Predicate<JsonNode> condition) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = client(id);
			return condition.test(last[0]);
		});
		return last[0];
	}

	private static List<String> types(WebhookListener listener, String clientId) {
		return listener.received("/screening")
			.stream()
			.filter(r -> r.body().contains(clientId))
			.map(r -> r.json().path("webhook").path("module").asText() + "."
					+ r.json().path("webhook").path("type").asText())
			.toList();
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
	}

}
