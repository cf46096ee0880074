package io.onboarding.orchestrator.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * {@code POST /clients} with the direct workflow, as integrators send it: the seed's
 * examples first.
 */
@IntegrationTest
class ClientCreationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	Api api;

	Database database;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
		database = new Database(jdbc);
	}

	@Test
	void seedIndividualIsCreatedPendingWithItsApplicationInReview() {
		Api.Response created = api.post("/clients", Payload.seed("individual-direct"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode client = created.json().path("data").path("client");
		String id = client.path("id").asText();
		assertThat(created.header("Location")).isEqualTo("/clients/" + id);
		assertThat(client.path("clientNumber").asText()).matches("\\d{8}");
		assertThat(client.path("fullName").asText()).isEqualTo("Canay Özel");
		assertThat(client.path("status").asText()).isEqualTo("pending");
		assertThat(client.path("identity").path("identifications").get(0).path("identificationNumber").asText())
			.isEqualTo("12345678");
		assertThat(client.path("profile").path("residentialAddress").path("street").asText()).isEqualTo("Baker Street");
		assertThat(client.path("compliance").path("kycLevel").asText()).isEqualTo("FULL_KYC");

		// FULL_KYC: screened, then waiting for an officer's review
		JsonNode read = awaitClient(id, c -> c.path("application").path("status").asText().equals("under_review"));
		assertThat(read.path("status").asText()).isEqualTo("pending");
		assertThat(read.path("kycStatus").asText()).isEqualTo("in_review");
		assertThat(read.path("application").path("id").asText()).isNotBlank();
	}

	@Test
	void seedCorporateIsCreatedWithItsDirector() {
		Api.Response created = api.post("/clients", Payload.seed("corporate-direct-with-relations"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().path("data").path("client").path("id").asText());
		assertThat(created.json().path("data").path("client").path("fullName").asText())
			.isEqualTo("I.F Technology Ltd");
		assertThat(jdbc.queryForList("SELECT relation, full_name FROM relations WHERE client_id = ?", id))
			.extracting(row -> row.get("relation") + ":" + row.get("full_name"))
			.containsExactly("director:John Doe");
	}

	@Test
	void seedRailsbankIndividualIsAccepted() {
		Api.Response created = api.post("/clients", Payload.seed("individual-railsbank"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("data").path("client").path("attributes").path("accountUsage").asText())
			.isEqualTo("sendAndReceiveMoneyTransfers");
	}

	@Test
	void seedCorporateWithRelatedLegalEntitiesIsRefusedForItsWebsiteOnly() {
		Api.Response refused = api.post("/clients", Payload.seed("corporate-railsbank-related-entities"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.errorFields()).containsExactly("data.client.attributes.website");
	}

	@Test
	void seedCorporateWithRelatedLegalEntitiesIsCreatedOnceItsWebsiteIsAUrl() {
		Api.Response created = api.post("/clients", Payload.seed("corporate-railsbank-related-entities")
			.set("data.client.attributes.website", "https://www.abc.com"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode client = created.json().path("data").path("client");
		UUID id = UUID.fromString(client.path("id").asText());
		assertThat(client.path("addresses").path("tradingAddress").path("street").asText()).isEqualTo("92 Low Rd");
		// the seed's other address shape (profile.addresses.residential) is mapped onto
		// the address of 3.1
		assertThat(jdbc.queryForList(
				"SELECT relation, type, profile FROM relations WHERE client_id = ? " + "ORDER BY full_name", id))
			.extracting(row -> row.get("relation") + ":" + row.get("type") + ":"
					+ ((String) row.get("profile")).contains("\"street\":\"122B Baker street\""))
			.containsExactlyInAnyOrder("director:individual:true", "shareholder:corporate:true",
					"director-and-shareholder:individual:true");
	}

	@Test
	void seedCreateUserReturnsTheUserAndItsRelation() {
		Payload request = Payload.seed("individual-create-user")
			.set("data.client.profile.email", "canay." + System.nanoTime() + "@example.com");

		Api.Response created = api.post("/clients", request);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode data = created.json().path("data");
		assertThat(created.json().path("workflow").path("createUser").asBoolean()).isTrue();
		assertThat(data.path("user").path("email").asText())
			.isEqualTo(request.get("data.client.profile.email").asText());
		assertThat(data.path("user").path("category").asText()).isEqualTo("external");
		assertThat(data.path("user").path("type").asText()).isEqualTo("human");
		assertThat(data.path("user").path("identity").path("givenName").asText()).isEqualTo("Canay");
		assertThat(data.path("userClientRelation").path("userId").asText())
			.isEqualTo(data.path("user").path("id").asText());
		assertThat(data.path("userClientRelation").path("clientId").asText())
			.isEqualTo(data.path("client").path("id").asText());
		assertThat(data.path("userClientRelation").path("status").asText()).isEqualTo("allowed");
	}

	@Test
	void secondClientWithTheSameEmailIsLinkedToTheExistingUser() {
		String email = "shared." + System.nanoTime() + "@example.com";
		JsonNode first = api
			.post("/clients", Payload.seed("individual-create-user").set("data.client.profile.email", email))
			.json()
			.path("data");
		JsonNode second = api
			.post("/clients",
					Payload.seed("individual-create-user").set("data.client.profile.email", email.toUpperCase()))
			.json()
			.path("data");

		assertThat(second.path("user").path("id").asText()).isEqualTo(first.path("user").path("id").asText());
		assertThat(second.path("userClientRelation").path("clientId").asText())
			.isEqualTo(second.path("client").path("id").asText());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email_normalized = ?", Integer.class,
				email.toLowerCase()))
			.isEqualTo(1);
	}

	@Test
	void clientWithoutKycIsActivatedAndPublishedOnce() {
		Api.Response created = api.post("/clients", Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"));
		String id = created.json().path("data").path("client").path("id").asText();

		JsonNode active = awaitClient(id, c -> c.path("status").asText().equals("active"));

		assertThat(active.path("kycStatus").asText()).isEqualTo("not_started");
		assertThat(active.path("compliance").path("kycLevel").asText()).isEqualTo("NOT_REQUIRED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(id)
				.finished()
				.count() == 1);
		// their bodies, as delivered: WebhookDeliveryIT
		assertThat(database.eventsOf(UUID.fromString(id))).extracting(e -> e.get("module") + "/" + e.get("type"))
			.containsExactly("clients/created", "clients/status-changed");
	}

	@Test
	void everyClientHasItsOwnEightDigitNumber() {
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			numbers.add(api.post("/clients", Payload.individual())
				.json()
				.path("data")
				.path("client")
				.path("clientNumber")
				.asText());
		}
		assertThat(numbers).hasSize(5).allMatch(number -> number.matches("[1-9]\\d{7}"));
	}

	@Test
	void processesCarryIdsAndGatewayInputsOnlyToTheEnd() {
		String familyName = "Varcheck" + Long.toString(System.nanoTime(), 36);
		Payload request = Payload.individual().set("data.client.identity.familyName", familyName);
		String email = request.get("data.client.profile.email").asText();
		String id = api.post("/clients", request).json().path("data").path("client").path("id").asText();
		JsonNode inReview = awaitClient(id, c -> c.path("application").path("status").asText().equals("under_review"));
		Api.Response approved = Api.at(port)
			.asOperator()
			.post("/applications/" + inReview.path("application").path("id").asText() + "/decision",
					Map.of("data", Map.of("decision", "approve", "reason", "verified")));
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		awaitClient(id, c -> c.path("status").asText().equals("active"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(id)
				.unfinished()
				.count() == 0);

		Map<String, Object> variables = new java.util.HashMap<>();
		history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.list()
			.forEach(instance -> history.createHistoricVariableInstanceQuery()
				.processInstanceId(instance.getId())
				.list()
				.stream()
				// what a review form shows lives on its task, not in the process (see
				// ReviewSummary)
				.filter(v -> v.getTaskId() == null)
				.forEach(v -> variables.put(v.getName(), v.getValue())));
		// both the onboarding and its KYC application, ended: every variable either
		// ever held
		assertThat(variables).containsKeys("clientId", "applicationId", "kycLevel", "requestedBy", "decision",
				"riskLevel", "route");
		assertThat(variables.keySet()).isSubsetOf(ALLOWED_VARIABLES);
		assertThat(variables).as("no end user and no provider asked for: absent, not false or null")
			.doesNotContainKeys("createUser", "serviceProvider");
		assertThat(variables).as("the screening facts and the count of related parties pending are transient")
			.doesNotContainKeys("blacklisted", "sanctionsMatch", "underage", "pep", "highRiskCountry", "relationHit",
					"riskScore", "identificationExpired", "verification", "relatedPartiesPending");
		assertThat(history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey("risk-assessment")
			.processInstanceId(instanceOf("kyc-application", id))
			.includeInputs()
			.singleResult()
			.getInputs()).as("the decision's history holds them as its inputs")
			.extracting(input -> input.getClauseName())
			.containsExactlyInAnyOrder("Blacklisted", "Sanctions list match", "Under 18", "PEP", "High-risk country",
					"Related party hit", "Integrator's risk score", "Identification expired");
		assertThat(variables.get("requestedBy")).isEqualTo("test-integrator");
		assertThat(variables.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(familyName)
			.doesNotContain(email)
			.doesNotContain("Canay"));
	}

	private String instanceOf(String processKey, String clientId) {
		return history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(clientId)
			.processDefinitionKey(processKey)
			.singleResult()
			.getId();
	}

	/**
	 * Ids, gateway inputs, the review's outcome and the timers' settings: nothing about
	 * the person.
	 */
	private static final Set<String> ALLOWED_VARIABLES = Set.of("clientId", "applicationId", "kycLevel", "createUser",
			"requestedBy", "serviceProvider", "decision", "relatedPartiesPending", "blacklisted", "underage", "pep",
			"highRiskCountry", "relationHit", "identificationExpired", "riskScore", "riskLevel", "route", "reviewDueAt",
			"informationTimeout", "informationReminderCycle", "outcome", "reason", "decidedBy", "verificationProvider",
			"verification", "verificationOutcome", "verificationLabels", "verificationReminderAt",
			"verificationExpiresAt", "sanctionsMatch");

	private JsonNode awaitClient(String id, java.util.function.Predicate<JsonNode> condition) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = api.get("/clients/" + id).json().path("data").path("client");
			return condition.test(last[0]);
		});
		return last[0];
	}

}
