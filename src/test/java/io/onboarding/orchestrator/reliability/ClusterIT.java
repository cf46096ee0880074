package io.onboarding.orchestrator.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.MigrationRuns;
import io.onboarding.orchestrator.support.NodeDatabase;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ServiceProcess;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * Two nodes of the packaged service on one PostgreSQL database, the load spread over both
 * (integrators' and officers' requests each to the next node in turn): every webhook is
 * delivered exactly once, every overdue-review timer fires once, every job runs once, a
 * bulk migration keeps its parallelism across the nodes, and the API and the engine (what
 * Tasklist reads) answer the same from either node.
 */
class ClusterIT {

	private static final int MIGRATED = 20;

	private static final int IN_REVIEW = 6;

	@TempDir
	Path workingDirectory;

	/** Active clients whose periodic review both nodes find due at once. */
	private static final int PERIODIC = 5;

	/** Active clients closed, whose retention both nodes find ended at once. */
	private static final int CLOSED = 3;

	@Test
	void twoNodesOnOneDatabaseDoEverythingOnceAndAgree() throws Exception {
		NodeDatabase database = NodeDatabase.create("cluster");
		String run = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		// each source answers after 300 ms, so that the batch's four slots are seen full
		ProviderSources sources = new ProviderSources(run + "source-", MIGRATED, 300);
		Ledger ledger = new Ledger();
		try (WebhookListener listener = WebhookListener.start()) {
			Map<String, String> environment = database.environment(listener);
			environment.put("ONBOARDING_MIGRATIONS_PARALLELISM", "4");
			environment.put("ONBOARDING_REVIEWS_POLL_INTERVAL", "PT1S");
			environment.put("ONBOARDING_RETENTION_POLL_INTERVAL", "PT1S");
			try (ServiceProcess one = ServiceProcess.start(workingDirectory, environment).awaitStarted();
					ServiceProcess two = ServiceProcess.start(workingDirectory, environment).awaitStarted()) {
				List<ServiceProcess> nodes = List.of(one, two);
				AtomicInteger integratorTurn = new AtomicInteger();
				AtomicInteger officerTurn = new AtomicInteger();
				Supplier<Api> integrator = () -> nodes.get(integratorTurn.getAndIncrement() % 2)
					.api()
					.as(NodeDatabase.INTEGRATOR_KEY);
				Supplier<Api> officer = () -> nodes.get(officerTurn.getAndIncrement() % 2)
					.api()
					.as(NodeDatabase.OPERATOR_KEY);

				// Overdue reviews: their timers made due at once, for both nodes' job
				// executors to race for.
				List<String> inReview = IntStream.range(0, IN_REVIEW)
					.mapToObj(i -> created(integrator.get(), Payload.individual().set("workflow.kycLevel", "FULL_KYC")))
					.toList();
				Audit.patiently()
					.until(() -> database.count("SELECT count(*) FROM act_ru_job "
							+ "WHERE handler_cfg_ LIKE '%ReviewOverdue%'") == IN_REVIEW);
				database.execute("UPDATE act_ru_job SET duedate_ = now() - interval '1 second' "
						+ "WHERE handler_cfg_ LIKE '%ReviewOverdue%'");
				Audit.patiently()
					.alias("every overdue review escalated")
					.until(() -> database
						.count("SELECT count(*) FROM act_hi_actinst WHERE act_id_ = 'Task_EscalateReview' "
								+ "AND end_time_ IS NOT NULL") >= IN_REVIEW);
				assertThat(database.count("SELECT count(*) FROM act_hi_actinst WHERE act_id_ = 'Task_EscalateReview'"))
					.as("each timer fired once")
					.isEqualTo(IN_REVIEW);
				assertThat(database
					.count("SELECT count(*) FROM act_ru_identitylink WHERE group_id_ = 'compliance-senior'"))
					.as("each review offered to the seniors once")
					.isEqualTo(IN_REVIEW);
				// Tasklist's view, from either node: the same review tasks for the
				// compliance officers.
				String admin = "Basic " + Base64.getEncoder()
					.encodeToString(("admin:" + NodeDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
				String tasks = "/engine-rest/task/count?candidateGroup=compliance-senior&includeAssignedTasks=true";
				assertThat(one.api().withHeader("Authorization", admin).get(tasks).json().path("count").asInt())
					.isEqualTo(IN_REVIEW)
					.isEqualTo(two.api().withHeader("Authorization", admin).get(tasks).json().path("count").asInt());

				Api.Response batch = ledger.send(integrator.get(), run + "migration", "/migrations",
						sources.bulkMigration());
				assertThat(batch.status()).as(batch.toString()).isEqualTo(202);
				OnboardingLoad load = new OnboardingLoad(ledger, run, integrator, officer);
				load.start(3);
				Audit.patiently().until(() -> ledger.entries().size() >= 60);
				load.stop();

				Audit audit = new Audit(database, ledger, listener);
				audit.resendUnanswered(integrator, officer);
				audit.everyClientStoredOnceAndActive(load);

				// Periodic reviews falling due at once: both nodes' schedulers look, each
				// client's review opens once.
				database.execute("UPDATE clients SET next_review_at = now() - interval '1 second' WHERE id IN "
						+ "(SELECT id FROM clients WHERE status = 'active' AND search_email LIKE '" + run
						+ "%' ORDER BY id LIMIT " + PERIODIC + ")");
				Audit.patiently()
					.alias("every due review opened")
					.until(() -> database
						.count("SELECT count(*) FROM applications WHERE kind = 'periodic'") == PERIODIC);
				assertThat(database.count("SELECT count(*) FROM (SELECT client_id FROM applications "
						+ "WHERE kind = 'periodic' GROUP BY client_id HAVING count(*) > 1) twice"))
					.as("each due review opened once, by one of the nodes")
					.isZero();
				for (String applicationId : database.strings("SELECT id FROM applications WHERE kind = 'periodic'")) {
					Audit.patiently()
						.until(() -> officer.get()
							.post("/applications/" + applicationId + "/decision",
									Map.of("data", Map.of("decision", "approve", "reason", "periodic review")))
							.status() == 200);
				}
				for (String clientId : inReview) {
					approve(officer.get(), integrator.get(), clientId);
				}

				// Closed clients whose retention ran out at once (the clock moved five
				// years and a day): both nodes' retention jobs look, each is erased once.
				java.util.Set<String> closing = database.strings("SELECT id FROM clients WHERE status = 'active' "
						+ "AND search_email LIKE '" + run + "%' AND id NOT IN "
						+ "(SELECT client_id FROM applications WHERE kind = 'periodic') ORDER BY id LIMIT " + CLOSED);
				for (String clientId : closing) {
					Api.Response closed = officer.get()
						.patch("/clients/" + clientId + "/compliance", Map.of("data", Map.of("closed", true)));
					assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
				}
				database.execute("UPDATE clients SET closed_at = closed_at - interval '5 years 1 day' "
						+ "WHERE status = 'closed'");
				Audit.patiently()
					.alias("every closed client erased")
					.until(() -> database.count("SELECT count(*) FROM clients WHERE erased_at IS NOT NULL") == CLOSED);
				assertThat(database
					.count("SELECT count(*) FROM webhook_events WHERE module = 'clients' " + "AND type = 'erased'"))
					.as("each closed client erased once, by one of the nodes")
					.isEqualTo(CLOSED);
				Audit.patiently()
					.alias("the bulk migration completes")
					.until(() -> "completed".equals(integrator.get()
						.get(batch.header("Location"))
						.json()
						.path("data")
						.path("batch")
						.path("status")
						.asText()));
				audit.nothingLeftBehind();
				java.util.UUID batchId = java.util.UUID
					.fromString(batch.json().path("data").path("batch").path("id").asText());
				assertThat(database.count(MigrationRuns.maxConcurrentSql(batchId)))
					.as("the two nodes together ran at most the parallelism of 4 migrations at once, and used it")
					.isEqualTo(4);
				assertThat(ledger.connectionsLost()).as("no node died: every request got its answer").isZero();
				assertThat(database.count("SELECT count(*) FROM (SELECT proc_inst_id_, act_id_ FROM act_hi_actinst "
						+ "WHERE act_type_ = 'serviceTask' GROUP BY proc_inst_id_, act_id_ HAVING count(*) > 1) twice"))
					.as("no job ran twice (no process here loops)")
					.isZero();
				Map<String, Long> deliveries = audit.everyEventDeliveredNoneInvented();
				assertThat(deliveries.values()).as("each webhook delivered once, by one of the nodes").containsOnly(1L);

				String clientId = inReview.get(0);
				assertThat(one.api().as(NodeDatabase.INTEGRATOR_KEY).get("/clients/" + clientId).json())
					.as("the API answers the same from either node")
					.isEqualTo(two.api().as(NodeDatabase.INTEGRATOR_KEY).get("/clients/" + clientId).json());
				long recorded = database.count("SELECT count(*) FROM webhook_events");
				Reliability.report("cluster",
						Map.of("nodes", 2, "requests", ledger.entries().size() + IN_REVIEW, "timers fired", IN_REVIEW,
								"events delivered once", deliveries.size(), "lost", recorded - deliveries.size(),
								"duplicates", deliveries.values().stream().filter(n -> n > 1).count()));
			}
		}
	}

	private static String created(Api integrator, Payload payload) {
		Api.Response created = integrator.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private static void approve(Api officer, Api integrator, String clientId) {
		String applicationId = integrator.get("/clients/" + clientId)
			.json()
			.path("data")
			.path("client")
			.path("application")
			.path("id")
			.asText();
		Api.Response approved = officer.post("/applications/" + applicationId + "/decision",
				Map.of("data", Map.of("decision", "approve", "reason", "late, but verified")));
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
	}

}
