package io.onboarding.orchestrator.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.TestKeys;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * Related parties over HTTP (SPEC 4, 5.3): the seed's payloads, the rules, screening and
 * its review.
 */
@IntegrationTest
class RelationsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String OFFICER = "relation-officer";

	private static final String PASSWORD = "relation-officer-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	@Autowired
	ManagementService management;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
	}

	@Test
	void seedRelationIsAddedReadScreenedAndListed() {
		String client = corporate();

		Api.Response added = api.post("/clients/" + client + "/relations", seedRelation());

		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		JsonNode relation = added.json().path("data").path("clientRelation");
		String id = relation.path("id").asText();
		assertThat(added.header("Location")).isEqualTo("/clients/" + client + "/relations/" + id);
		assertThat(relation.path("clientId").asText()).isEqualTo(client);
		assertThat(relation.path("fullName").asText()).isEqualTo("John Doe");
		await().atMost(PATIENCE)
			.until(() -> "clear".equals(read(client, id).path("screening").path("status").asText()));
		JsonNode list = api.get("/clients/" + client + "/relations").json();
		assertThat(list.path("data").path("clientRelations")).extracting(r -> r.path("id").asText())
			.containsExactly(id);
		assertThat(list.path("metadata").path("page").path("totalElements").asLong()).isEqualTo(1);
		assertThat(events(client)).contains("relations/created", "relations/screened");
	}

	@Test
	void seedBatchAndItsOtherAddressShapeAreAccepted() {
		String client = corporate();
		JsonNode director = seedRelation().get("data.clientRelation");
		Map<String, Object> secondShape = Map.of("relation", "authorized-person", "identity",
				Map.of("type", "individual", "givenName", "Jane", "familyName", "Roe", "birthDate", "1990-02-02",
						"country", "GB"),
				"profile", Map.of("identityType", "individual", "residentialAddress", Map.of("city", "London",
						"country", "GB", "firstLine", "Line1", "postalCode", "100001", "secondLine", "Line2")));

		Api.Response added = api.post("/clients/" + client + "/relations", Map.of("workflow", Map.of("code", "direct"),
				"data", Map.of("clientRelations", List.of(director, secondShape))));

		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		JsonNode relations = added.json().path("data").path("clientRelations");
		assertThat(relations).hasSize(2);
		JsonNode address = relations.get(1).path("profile").path("residentialAddress");
		assertThat(address.path("street").asText()).isEqualTo("Line1");
		assertThat(address.path("refinement").asText()).isEqualTo("Line2");
	}

	@Test
	void seedUpdateChangesTheRoleAndTheProfile() {
		String client = corporate();
		String id = add(client, seedRelation());

		Api.Response updated = api.patch("/clients/" + client + "/relations/" + id, Map
			.of("workflow", Map.of("code", "direct"), "data", Map.of("clientRelation", Map.of("relation",
					"director-and-shareholder", "profile",
					Map.of("identityType", "individual", "phone", "+441234567890", "email", "john.doe@example.com")))));

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		JsonNode relation = updated.json().path("data").path("clientRelation");
		assertThat(relation.path("relation").asText()).isEqualTo("director-and-shareholder");
		assertThat(relation.path("profile").path("email").asText()).isEqualTo("john.doe@example.com");
		assertThat(relation.path("identity").path("givenName").asText()).isEqualTo("John");
		assertThat(events(client)).contains("relations/updated");
	}

	@Test
	void aDeletedRelationIsGoneAndItsOnboardingEnded() {
		String client = corporate();
		String id = add(client,
				seedRelation().set("data.clientRelation.identity.givenName", "Viktor")
					.set("data.clientRelation.identity.familyName", "Sanctionov")
					.set("data.clientRelation.identity.birthDate", "1961-04-12"));
		await().atMost(PATIENCE).until(() -> "hit".equals(read(client, id).path("screening").path("status").asText()));

		assertThat(api.delete("/clients/" + client + "/relations/" + id).status()).isEqualTo(204);

		assertThat(api.get("/clients/" + client + "/relations/" + id).status()).isEqualTo(404);
		assertThat(api.get("/clients/" + client + "/relations").json().path("data").path("clientRelations")).isEmpty();
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey("relation-onboarding")
			.variableValueEquals("relationId", id)
			.count()).isZero();
		assertThat(events(client)).contains("relations/deleted");
		assertThat(api.delete("/clients/" + client + "/relations/" + id).status()).isEqualTo(404);
	}

	@Test
	void aWatchlistHitIsReviewedByAnOfficerEitherWay() {
		officer();
		String client = corporate();
		String accepted = add(client,
				seedRelation().set("data.clientRelation.identity.givenName", "Maria")
					.set("data.clientRelation.identity.familyName", "Lavanderez")
					.set("data.clientRelation.identity.birthDate", "1975-09-30"));
		String rejected = add(client,
				seedRelation().set("data.clientRelation.identity.givenName", "Viktor")
					.set("data.clientRelation.identity.familyName", "Sanctionov")
					.set("data.clientRelation.identity.birthDate", "1961-04-12"));

		for (String id : List.of(accepted, rejected)) {
			await().atMost(PATIENCE)
				.until(() -> tasks.createTaskQuery().processVariableValueEquals("relationId", id).count() == 1);
			JsonNode screening = read(client, id).path("screening");
			assertThat(screening.path("status").asText()).isEqualTo("hit");
			assertThat(screening.path("riskLevel").asText()).isEqualTo("high");
			assertThat(screening.path("reasons")).extracting(JsonNode::asText).contains("watchlist_match");
		}
		review(accepted, "accept");
		review(rejected, "reject");

		await().atMost(PATIENCE)
			.until(() -> "accepted".equals(read(client, accepted).path("screening").path("status").asText())
					&& "rejected".equals(read(client, rejected).path("screening").path("status").asText()));
		assertThat(read(client, rejected).path("screening").path("reviewedBy").asText()).isEqualTo(OFFICER);
	}

	@Test
	void theRulesOfRelationsHold() {
		String person = api.post("/clients", Payload.individual())
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		String client = corporate();
		JsonNode director = seedRelation().get("data.clientRelation");

		assertThat(api.post("/clients/" + person + "/relations", seedRelation()).status()).isEqualTo(422);
		assertThat(api.post("/clients/" + UUID.randomUUID() + "/relations", seedRelation()).status()).isEqualTo(404);
		assertThat(api
			.post("/clients/" + client + "/relations",
					Map.of("data", Map.of("clientRelation", director, "clientRelations", List.of(director))))
			.errorFields()).containsExactly("data.clientRelations");
		assertThat(api
			.post("/clients/" + client + "/relations",
					Map.of("data", Map.of("clientRelations", Collections.nCopies(11, director))))
			.errorFields()).containsExactly("data.clientRelations");
		assertThat(api.post("/clients/" + client + "/relations", Map.of("data", Map.of())).errorFields())
			.containsExactly("data.clientRelation");
		Api.Response corporateDirector = api.post("/clients/" + client + "/relations",
				seedRelation()
					.set("data.clientRelation.identity", Map.of("type", "corporate", "legalName", "Board Ltd"))
					.remove("data.clientRelation.profile"));
		assertThat(corporateDirector.status()).isEqualTo(422);
		assertThat(api
			.post("/clients/" + client + "/relations",
					seedRelation().set("data.clientRelation.relation", "owner")
						.set("data.clientRelation.identity.country", "UK"))
			.errorFields())
			.containsExactlyInAnyOrder("data.clientRelation.relation", "data.clientRelation.identity.country");
		// screening reads isPep: a value it can't read is refused, not taken for false
		assertThat(api
			.post("/clients/" + client + "/relations",
					seedRelation().set("data.clientRelation.attributes", Map.of("isPep", "maybe")))
			.errorFields()).containsExactly("data.clientRelation.attributes.isPep");
		assertThat(api.get("/clients/" + client + "/relations").json().path("data").path("clientRelations"))
			.as("nothing stored")
			.isEmpty();
		Api.Response shareholder = api.post("/clients/" + client + "/relations",
				seedRelation().set("data.clientRelation.relation", "shareholder")
					.set("data.clientRelation.identity",
							Map.of("type", "corporate", "legalName", "Holding Ltd", "country", "GB"))
					.remove("data.clientRelation.profile"));
		assertThat(shareholder.status()).as("companies may hold shares").isEqualTo(201);
		String id = shareholder.json().path("data").path("clientRelation").path("id").asText();
		assertThat(api
			.patch("/clients/" + client + "/relations/" + id,
					Map.of("data", Map.of("clientRelation", Map.of("identity", Map.of("type", "individual")))))
			.status()).isEqualTo(422);
		assertThat(api.get("/clients/" + client + "/relations/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void anOperatorDecidesARelatedPartysHitOverTheApi() {
		String client = corporate();
		String listed = add(client,
				seedRelation().set("data.clientRelation.identity.givenName", "Viktor")
					.set("data.clientRelation.identity.familyName", "Sanctionov")
					.set("data.clientRelation.identity.birthDate", "1961-04-12"));
		String clear = add(client, seedRelation());
		await().atMost(PATIENCE)
			.until(() -> tasks.createTaskQuery().processVariableValueEquals("relationId", listed).count() == 1
					&& "clear".equals(read(client, clear).path("screening").path("status").asText()));
		Api operator = Api.at(port).as(TestKeys.OPERATOR);
		String decision = "/clients/" + client + "/relations/" + listed + "/decision";

		assertThat(api.post(decision, Map.of("data", Map.of("decision", "reject"))).status())
			.as("an integrator does not decide")
			.isEqualTo(403);
		assertThat(operator.post(decision, Map.of("data", Map.of("decision", "maybe"))).errorFields())
			.containsExactly("data.decision");
		assertThat(operator.post(decision, Map.of("data", Map.of())).errorFields()).containsExactly("data.decision");
		assertThat(operator
			.post("/clients/" + client + "/relations/" + clear + "/decision",
					Map.of("data", Map.of("decision", "accept")))
			.status()).as("a clear party waits for no review").isEqualTo(409);
		assertThat(operator
			.post("/clients/" + client + "/relations/" + UUID.randomUUID() + "/decision",
					Map.of("data", Map.of("decision", "accept")))
			.status()).isEqualTo(404);

		Api.Response rejected = operator.post(decision, Map.of("data", Map.of("decision", "reject")));

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		JsonNode screening = rejected.json().path("data").path("clientRelation").path("screening");
		assertThat(screening.path("status").asText()).isEqualTo("rejected");
		assertThat(screening.path("reviewedBy").asText()).isEqualTo("test-operator");
		assertThat(tasks.createTaskQuery().processVariableValueEquals("relationId", listed).count()).isZero();
		assertThat(operator.post(decision, Map.of("data", Map.of("decision", "accept"))).status()).as("decided once")
			.isEqualTo(409);
		assertThat(read(client, listed).path("screening").path("status").asText()).isEqualTo("rejected");
	}

	@Test
	void relationsGivenAtCreationAreOnboardedToo() {
		String client = api.post("/clients", Payload.seed("corporate-direct-with-relations"))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();

		JsonNode relations = api.get("/clients/" + client + "/relations").json().path("data").path("clientRelations");

		assertThat(relations).hasSize(1);
		String id = relations.get(0).path("id").asText();
		await().atMost(PATIENCE)
			.until(() -> "clear".equals(read(client, id).path("screening").path("status").asText()));
	}

	@Test
	void aCorporatesApplicationWaitsForItsRelatedPartiesAndHearsOfARejectedOne() {
		officer();
		String client = api
			.post("/clients",
					Payload.corporate()
						.set("data.client.relations",
								List.of(seedRelation().set("data.clientRelation.identity.givenName", "Viktor")
									.set("data.clientRelation.identity.familyName", "Sanctionov")
									.set("data.clientRelation.identity.birthDate", "1961-04-12")
									.get("data.clientRelation"))))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		String relation = api.get("/clients/" + client + "/relations")
			.json()
			.path("data")
			.path("clientRelations")
			.get(0)
			.path("id")
			.asText();
		await().atMost(PATIENCE)
			.until(() -> tasks.createTaskQuery().processVariableValueEquals("relationId", relation).count() == 1);

		// the application waits: no review while the related party's hit is open
		await().atMost(PATIENCE)
			.until(() -> runtime.createProcessInstanceQuery()
				.processDefinitionKey("kyc-application")
				.processInstanceBusinessKey(client)
				.activityIdIn("ReceiveTask_WaitForRelatedParties")
				.count() == 1);
		assertThat(api.get("/clients/" + client + "/application")
			.json()
			.path("data")
			.path("application")
			.path("status")
			.asText()).isEqualTo("submitted");

		review(relation, "reject");

		await().atMost(PATIENCE)
			.until(() -> "under_review".equals(api.get("/clients/" + client + "/application")
				.json()
				.path("data")
				.path("application")
				.path("status")
				.asText()));
		JsonNode application = api.get("/clients/" + client + "/application").json().path("data").path("application");
		assertThat(application.path("screeningReasons")).extracting(JsonNode::asText).contains("related_party_hit");
		assertThat(application.path("riskLevel").asText()).isEqualTo("high");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(client).list())
			.as("Cockpit finds the client's instances by its id")
			.isNotEmpty();
	}

	@Test
	void anApplicationWhoseReleaseWentMissingIsFoundByItsCheckAgainTimer() {
		String client = api
			.post("/clients",
					Payload.corporate()
						.set("data.client.relations",
								List.of(seedRelation().set("data.clientRelation.identity.givenName", "Viktor")
									.set("data.clientRelation.identity.familyName", "Sanctionov")
									.set("data.clientRelation.identity.birthDate", "1961-04-12")
									.get("data.clientRelation"))))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		String waiting = awaitWaitingForRelatedParties(client);

		// the timer's job runs "Check related parties" for real: the hit is still open
		fireCheckAgain(waiting);
		String stillWaiting = awaitWaitingForRelatedParties(client);
		assertThat(stillWaiting).isEqualTo(waiting);
		assertThat(applicationStatus(client)).isEqualTo("submitted");

		// the hit is settled, but its message never reached the application (as if lost)
		jdbc.update("UPDATE relations SET screening_status = 'accepted' WHERE client_id = ?", UUID.fromString(client));
		fireCheckAgain(waiting);

		await().atMost(PATIENCE).until(() -> "under_review".equals(applicationStatus(client)));
	}

	private String awaitWaitingForRelatedParties(String client) {
		await().atMost(PATIENCE)
			.until(() -> runtime.createProcessInstanceQuery()
				.processDefinitionKey("kyc-application")
				.processInstanceBusinessKey(client)
				.activityIdIn("ReceiveTask_WaitForRelatedParties")
				.count() == 1);
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey("kyc-application")
			.processInstanceBusinessKey(client)
			.singleResult()
			.getId();
	}

	private void fireCheckAgain(String processInstanceId) {
		var timer = management.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId("BoundaryEvent_CheckAgain")
			.singleResult();
		assertThat(timer).as("the check-again timer is set").isNotNull();
		management.executeJob(timer.getId());
	}

	private String applicationStatus(String client) {
		return api.get("/clients/" + client + "/application")
			.json()
			.path("data")
			.path("application")
			.path("status")
			.asText();
	}

	private void review(String relationId, String outcome) {
		String taskId = tasks.createTaskQuery()
			.processVariableValueEquals("relationId", relationId)
			.singleResult()
			.getId();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		Api.Response completed = Api.at(port)
			.withHeader("Authorization", basic)
			.post("/engine-rest/task/" + taskId + "/submit-form",
					Map.of("variables", Map.of("outcome", Map.of("value", outcome))));
		assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
	}

	private void officer() {
		User user = identity.createUserQuery().userId(OFFICER).singleResult();
		if (user == null) {
			user = identity.newUser(OFFICER);
		}
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		if (identity.createUserQuery().userId(OFFICER).memberOfGroup("compliance").count() == 0) {
			identity.createMembership(OFFICER, "compliance");
		}
	}

	private Payload seedRelation() {
		return Payload.of("""
				{"workflow": {"code": "direct"}, "data": {"clientRelation": {"relation": "director",
				  "identity": {"type": "individual", "givenName": "John", "familyName": "Doe",
				               "birthDate": "2000-01-01", "country": "GB"},
				  "profile": {"identityType": "individual", "residentialAddress": {"country": "GB",
				    "region": "England", "city": "London", "street": "Baker Street", "houseNumber": "221B",
				    "postalCode": "XYZ ABC", "refinement": ""}, "phone": "+441234567890",
				    "email": "john.doe@example.com"}}}, "connect": {}, "metadata": {}}""");
	}

	private String corporate() {
		return api.post("/clients", Payload.corporate()).json().path("data").path("client").path("id").asText();
	}

	private String add(String client, Payload relation) {
		Api.Response added = api.post("/clients/" + client + "/relations", relation);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		return added.json().path("data").path("clientRelation").path("id").asText();
	}

	private JsonNode read(String client, String id) {
		return api.get("/clients/" + client + "/relations/" + id).json().path("data").path("clientRelation");
	}

	private List<String> events(String client) {
		return new Database(jdbc).eventsOf(UUID.fromString(client))
			.stream()
			.map(e -> e.get("module") + "/" + e.get("type"))
			.toList();
	}

}
