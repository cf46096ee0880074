package io.onboarding.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.TestKeys;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * The KYC application over HTTP (SPEC 5.2, 7.3): every outcome, as integrators and
 * officers drive it.
 */
@IntegrationTest
class KycApplicationIT {

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
	void anOfficerApprovesAndTheClientBecomesActive() {
		Onboarded client = inReview(Payload.individual());
		try (WebhookListener listener = WebhookListener.start()) {
			JsonNode endpoint = listener.subscribe(integrator, "/applications",
					List.of("applications.approved", "applications.completed"));
			try {
				approveAndFollow(client, listener);
			}
			finally {
				integrator.delete("/webhooks/endpoints/" + endpoint.path("id").asText());
			}
		}
	}

	private void approveAndFollow(Onboarded client, WebhookListener listener) {
		Api.Response approved = decide(officer, client, "approve", "documents verified");

		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.json().path("data").path("application").path("reviewedBy").asText())
			.isEqualTo("test-operator");
		JsonNode active = awaitClient(client.id(), c -> c.path("status").asText().equals("active"));
		assertThat(active.path("kycStatus").asText()).isEqualTo("approved");
		assertThat(active.path("application").path("status").asText()).isEqualTo("completed");
		assertThat(active.path("application").path("decision").asText()).isEqualTo("approved");
		assertThat(events(client)).containsSubsequence("applications/submitted", "applications/under_review",
				"applications/approved", "applications/completed", "clients/status-changed");
		JsonNode application = integrator.get("/clients/" + client.id() + "/application")
			.json()
			.path("data")
			.path("application");
		assertThat(application.path("decisions"))
			.extracting(d -> d.path("outcome").asText() + " by " + d.path("actor").asText())
			.containsExactly("approve by test-operator");
		// the application's events reach the integrator, not only the events table
		await().atMost(PATIENCE)
			.until(() -> listener.received("/applications")
				.stream()
				.filter(r -> client.applicationId()
					.equals(r.json().path("data").path("application").path("id").asText()))
				.map(r -> r.json().path("webhook").path("type").asText())
				.toList()
				.containsAll(List.of("approved", "completed")));
	}

	@Test
	void aDeclineNeedsAReasonAndRejectsTheClient() {
		Onboarded client = inReview(Payload.individual());

		Api.Response withoutReason = decide(officer, client, "decline", null);
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.errorFields()).containsExactly("data.reason");

		assertThat(decide(officer, client, "decline", "source of funds unclear").status()).isEqualTo(200);
		JsonNode rejected = awaitClient(client.id(), c -> c.path("status").asText().equals("rejected"));
		assertThat(rejected.path("kycStatus").asText()).isEqualTo("rejected");
		assertThat(integrator.get("/applications/" + client.applicationId())
			.json()
			.path("data")
			.path("application")
			.path("reason")
			.asText()).isEqualTo("source of funds unclear");
	}

	@Test
	void requestedInformationIsAnsweredAndTheReviewResumes() {
		Onboarded client = inReview(Payload.individual());
		assertThat(decide(officer, client, "request_information", "please send a current passport").status())
			.isEqualTo(200);
		assertThat(application(client).path("status").asText()).isEqualTo("request_for_information");

		Api.Response answered = integrator.post("/applications/" + client.applicationId() + "/information", Map
			.of("data", Map.of("note", "passport renewed", "client", Map.of("identity", Map.of("identifications", List
				.of(Map.of("type", "passport", "identificationNumber", "P998877", "expirationDate", "2035-01-01")))))));

		assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
		await().atMost(PATIENCE).until(() -> application(client).path("status").asText().equals("under_review"));
		assertThat(integrator.get("/clients/" + client.id())
			.json()
			.path("data")
			.path("client")
			.path("identity")
			.path("identifications")
			.get(0)
			.path("identificationNumber")
			.asText()).isEqualTo("P998877");
		assertThat(decide(officer, client, "approve", null).status()).isEqualTo(200);
		awaitClient(client.id(), c -> c.path("status").asText().equals("active"));
	}

	@Test
	void anUnansweredRequestIsRemindedOfAndThenExpires() {
		Onboarded client = inReview(Payload.individual());
		decide(officer, client, "request_information", "please send proof of address");

		runTimer(client, "BoundaryEvent_InformationReminder");
		assertThat(events(client)).contains("applications/information-reminder");
		runTimer(client, "BoundaryEvent_InformationOverdue");

		JsonNode expired = awaitClient(client.id(), c -> c.path("kycStatus").asText().equals("expired"));
		assertThat(expired.path("status").asText()).isEqualTo("rejected");
		JsonNode application = application(client);
		assertThat(application.path("decision").asText()).isEqualTo("withdrawn");
		assertThat(application.path("reason").asText()).isEqualTo("expired");
	}

	@Test
	void theIntegratorWithdrawsAnOpenApplicationOnce() {
		Onboarded client = inReview(Payload.individual());

		Api.Response withdrawn = integrator.post("/applications/" + client.applicationId() + "/withdraw",
				Map.of("data", Map.of("reason", "client no longer interested")));

		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		assertThat(withdrawn.json().path("data").path("application").path("decision").asText()).isEqualTo("withdrawn");
		assertThat(integrator.post("/applications/" + client.applicationId() + "/withdraw", "{}").status())
			.isEqualTo(409);
		assertThat(decide(officer, client, "approve", null).status()).as("no decision on a closed application")
			.isEqualTo(409);
		awaitClient(client.id(), c -> c.path("kycStatus").asText().equals("expired"));
	}

	@Test
	void blacklistingFreezesTheClientAndAutoDeclinesItsApplicationLiftingItReopens() {
		Onboarded client = inReview(Payload.individual());

		Api.Response noComment = officer.patch("/clients/" + client.id() + "/compliance",
				Map.of("data", Map.of("blacklisted", true)));
		assertThat(noComment.errorFields()).containsExactly("data.blacklistedComment");
		assertThat(integrator
			.patch("/clients/" + client.id() + "/compliance",
					Map.of("data", Map.of("blacklisted", true, "blacklistedComment", "x")))
			.status()).isEqualTo(403);

		Api.Response blacklisted = officer.patch("/clients/" + client.id() + "/compliance",
				Map.of("data", Map.of("blacklisted", true, "blacklistedComment", "sanctions list match")));

		assertThat(blacklisted.status()).as(blacklisted.toString()).isEqualTo(200);
		JsonNode frozen = blacklisted.json().path("data").path("client");
		assertThat(frozen.path("status").asText()).isEqualTo("frozen");
		assertThat(frozen.path("compliance").path("blacklisted").asBoolean()).isTrue();
		assertThat(application(client).path("decision").asText()).isEqualTo("auto_declined");
		assertThat(events(client)).contains("clients/compliance-updated", "clients/status-changed");
		assertThat(jdbc.queryForList("SELECT actor FROM compliance_changes WHERE client_id = ? AND blacklisted",
				String.class, UUID.fromString(client.id())))
			.containsExactly("test-operator");

		Api.Response lifted = officer.patch("/clients/" + client.id() + "/compliance",
				Map.of("data", Map.of("blacklisted", false, "kycNote", "cleared after review")));
		assertThat(lifted.status()).isEqualTo(200);
		JsonNode reopened = awaitClient(client.id(),
				c -> !c.path("application").path("id").asText().equals(client.applicationId())
						&& c.path("application").path("status").asText().equals("under_review"));
		assertThat(reopened.path("status").asText()).isEqualTo("pending");
		assertThat(reopened.path("compliance").path("kycNote").asText()).isEqualTo("cleared after review");
	}

	@Test
	void blockingIsRecordedAndShownAndLeavesTheOnboardingStatusAlone() {
		String id = create(Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"));
		awaitClient(id, c -> c.path("status").asText().equals("active"));

		Api.Response blocked = officer.patch("/clients/" + id + "/compliance", Map.of("data", Map.of("blocked", true)));

		assertThat(blocked.status()).as(blocked.toString()).isEqualTo(200);
		JsonNode client = blocked.json().path("data").path("client");
		assertThat(client.path("compliance").path("blocked").asBoolean()).isTrue();
		assertThat(client.path("status").asText()).as("a block is not a freeze").isEqualTo("active");
		assertThat(integrator.get("/clients/" + id)
			.json()
			.path("data")
			.path("client")
			.path("compliance")
			.path("blocked")
			.asBoolean()).isTrue();
		assertThat(jdbc.queryForList("SELECT actor FROM compliance_changes WHERE client_id = ? AND blocked",
				String.class, UUID.fromString(id)))
			.containsExactly("test-operator");
		List<String> events = new Database(jdbc).eventsOf(UUID.fromString(id))
			.stream()
			.map(e -> e.get("module") + "/" + e.get("type"))
			.toList();
		assertThat(events).contains("clients/compliance-updated")
			.filteredOn("clients/status-changed"::equals)
			.hasSize(1);

		Api.Response unblocked = officer.patch("/clients/" + id + "/compliance",
				Map.of("data", Map.of("blocked", false)));
		assertThat(unblocked.json().path("data").path("client").path("compliance").path("blocked").asBoolean())
			.isFalse();
	}

	@Test
	void aHighRiskApprovalNeedsTwoDifferentOfficers() {
		Onboarded client = inReview(Payload.individual().set("data.client.attributes", Map.of("isPep", true)));
		assertThat(application(client).path("riskLevel").asText()).isEqualTo("high");
		assertThat(application(client).path("screeningReasons")).extracting(JsonNode::asText)
			.contains("politically_exposed_person");

		assertThat(decide(officer, client, "approve", "PEP, source of wealth documented").status()).isEqualTo(200);
		assertThat(application(client).path("status").asText()).isEqualTo("compliance_review");
		// the first approval itself opened the second review, in the officer's
		// transaction
		assertThat(tasks.createTaskQuery()
			.taskDefinitionKey("UserTask_SecondReview")
			.processVariableValueEquals("applicationId", client.applicationId())
			.count()).isEqualTo(1);

		Api.Response sameOfficer = decide(officer, client, "approve", null);
		assertThat(sameOfficer.status()).as(sameOfficer.toString()).isEqualTo(422);
		assertThat(sameOfficer.json().path("detail").asText()).contains("another officer");
		assertThat(decide(secondOfficer, client, "request_information", "x").status()).isEqualTo(409);

		var secondReview = tasks.createTaskQuery()
			.taskDefinitionKey("UserTask_SecondReview")
			.processVariableValueEquals("applicationId", client.applicationId())
			.singleResult();
		assertThat(secondReview.getDueDate()).as("a deadline of its own").isAfter(new java.util.Date());
		runTimer(client, "BoundaryEvent_SecondReviewOverdue");
		assertThat(tasks.createTaskQuery().taskId(secondReview.getId()).singleResult().getPriority())
			.as("overdue: first in the senior officers' list")
			.isGreaterThan(secondReview.getPriority());

		assertThat(decide(secondOfficer, client, "approve", "confirmed").status()).isEqualTo(200);
		JsonNode application = application(client);
		assertThat(application.path("approvedBy").asText()).isEqualTo("test-operator");
		assertThat(application.path("secondApprovedBy").asText()).isEqualTo("second-operator");
		awaitClient(client.id(), c -> c.path("status").asText().equals("active"));
	}

	@Test
	void aMinorGoesToAnOfficerAsAHighRisk() {
		// SPEC 5.2: age is a risk input; declining minors outright is a deployment's
		// policy
		Onboarded minor = inReview(Payload.individual()
			.set("data.client.identity.birthDate", java.time.LocalDate.now().minusYears(16).toString()));

		JsonNode application = application(minor);
		assertThat(application.path("riskLevel").asText()).isEqualTo("high");
		assertThat(application.path("screeningReasons")).extracting(JsonNode::asText).contains("under_18");
		assertThat(application.path("decision").isMissingNode()).isTrue();
	}

	@Test
	void anApplicationReturnedForRevisionIsResubmittedAndScreenedAgain() {
		Onboarded client = inReview(Payload.individual());
		assertThat(decide(officer, client, "return_for_revision", "address incomplete").status()).isEqualTo(200);
		assertThat(application(client).path("status").asText()).isEqualTo("admin_revision");
		assertThat(integrator
			.post("/applications/" + client.applicationId() + "/information", Map.of("data", Map.of("note", "x")))
			.status()).isEqualTo(409);

		Api.Response resubmitted = integrator.post("/applications/" + client.applicationId() + "/submit", "{}");

		assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
		await().atMost(PATIENCE).until(() -> application(client).path("status").asText().equals("under_review"));
		assertThat(integrator.post("/applications/" + client.applicationId() + "/submit", "{}").status())
			.isEqualTo(409);
	}

	@Test
	void anOverdueReviewIsRaisedToSeniorOfficers() {
		Onboarded client = inReview(Payload.individual());

		runTimer(client, "BoundaryEvent_ReviewOverdue");

		var review = tasks.createTaskQuery()
			.processVariableValueEquals("applicationId", client.applicationId())
			.singleResult();
		assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(link -> link.getGroupId())
			.contains("compliance", "compliance-senior");
		assertThat(review.getDueDate()).isNotNull();
	}

	@Test
	void twoOfficersDecidingAtOnceGetOneDecision() throws Exception {
		Onboarded client = inReview(Payload.individual());
		CyclicBarrier together = new CyclicBarrier(2);

		CompletableFuture<Integer> one = CompletableFuture
			.supplyAsync(() -> at(together, () -> decide(officer, client, "approve", null)));
		CompletableFuture<Integer> two = CompletableFuture
			.supplyAsync(() -> at(together, () -> decide(secondOfficer, client, "decline", "no")));

		assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 409);
		boolean approverWon = one.get() == 200;
		JsonNode application = application(client);
		assertThat(application.path("decision").asText()).isEqualTo(approverWon ? "approved" : "declined");
		assertThat(application.path("reviewedBy").asText())
			.isEqualTo(approverWon ? "test-operator" : "second-operator");
		assertThat(application.path("decisions"))
			.extracting(
					d -> d.path("step").asText() + ":" + d.path("outcome").asText() + ":" + d.path("actor").asText())
			.as("one decision recorded, the winner's")
			.containsExactly(approverWon ? "review:approve:test-operator" : "review:decline:second-operator");
	}

	@Test
	void aSecondOfficerMayDeclineAHighRiskApproval() {
		Onboarded client = inReview(Payload.individual().set("data.client.attributes", Map.of("isPep", true)));
		assertThat(decide(officer, client, "approve", "PEP, looks fine").status()).isEqualTo(200);
		assertThat(application(client).path("status").asText()).isEqualTo("compliance_review");

		Api.Response declined = decide(secondOfficer, client, "decline", "source of wealth not shown");

		assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
		JsonNode application = application(client);
		assertThat(application.path("decision").asText()).isEqualTo("declined");
		assertThat(application.path("reason").asText()).isEqualTo("source of wealth not shown");
		assertThat(application.path("approvedBy").asText()).isEqualTo("test-operator");
		assertThat(application.path("secondApprovedBy").asText()).as("who gave the second verdict")
			.isEqualTo("second-operator");
		assertThat(application.path("decisions"))
			.extracting(
					d -> d.path("step").asText() + ":" + d.path("outcome").asText() + ":" + d.path("actor").asText())
			.containsExactly("review:approve:test-operator", "second_review:decline:second-operator");
		JsonNode rejected = awaitClient(client.id(), c -> c.path("status").asText().equals("rejected"));
		assertThat(rejected.path("kycStatus").asText()).isEqualTo("rejected");
	}

	@Test
	void decisionsAreForOperatorsAndNamedRight() {
		Onboarded client = inReview(Payload.individual());

		assertThat(decide(integrator, client, "approve", null).status()).isEqualTo(403);
		assertThat(decide(officer, client, "maybe", null).errorFields()).containsExactly("data.decision");
		assertThat(officer
			.post("/applications/" + UUID.randomUUID() + "/decision", Map.of("data", Map.of("decision", "approve")))
			.status()).isEqualTo(404);
		assertThat(integrator.get("/applications/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(officer
			.patch("/clients/" + client.id() + "/compliance",
					Map.of("data", Map.of("riskLevel", "extreme", "blocked", "yes")))
			.errorFields()).containsExactlyInAnyOrder("data.riskLevel", "data.blocked");
	}

	private record Onboarded(String id, String applicationId) {
	}

	private Onboarded inReview(Payload payload) {
		String id = create(payload);
		JsonNode client = awaitClient(id, c -> c.path("application").path("status").asText().equals("under_review"));
		return new Onboarded(id, client.path("application").path("id").asText());
	}

	private String create(Payload payload) {
		Api.Response created = integrator.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private Api.Response decide(Api as, Onboarded client, String decision, String reason) {
		Map<String, Object> data = new java.util.HashMap<>();
		data.put("decision", decision);
		if (reason != null) {
			data.put("reason", reason);
		}
		return as.post("/applications/" + client.applicationId() + "/decision", Map.of("data", data));
	}

	private JsonNode application(Onboarded client) {
		return integrator.get("/applications/" + client.applicationId()).json().path("data").path("application");
	}

	private JsonNode awaitClient(String id, Predicate<JsonNode> condition) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = integrator.get("/clients/" + id).json().path("data").path("client");
			return condition.test(last[0]);
		});
		return last[0];
	}

	private List<String> events(Onboarded client) {
		return new Database(jdbc).eventsOf(UUID.fromString(client.id()))
			.stream()
			.map(e -> e.get("module") + "/" + e.get("type"))
			.toList();
	}

	/** A timer's time has come: run its job now instead of waiting days. */
	private void runTimer(Onboarded client, String activityId) {
		String instance = runtime.createProcessInstanceQuery()
			.processDefinitionKey("kyc-application")
			.variableValueEquals("applicationId", client.applicationId())
			.singleResult()
			.getId();
		// the timer exists once the process has moved past the last save point
		await().atMost(PATIENCE)
			.until(() -> management.createJobQuery().processInstanceId(instance).activityId(activityId).count() == 1);
		Job timer = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
		management.executeJob(timer.getId());
	}

	private static Integer at(CyclicBarrier barrier, java.util.function.Supplier<Api.Response> call) {
		try {
			barrier.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return call.get().status();
	}

}
