package io.onboarding.orchestrator.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Clients;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * What the engine records and when it lets go of it (issue #26): the onboarding history
 * level keeps instances, activities, tasks and variables but no variable-change details
 * and no log of jobs that ran; the end-time-based cleanup removes an instance's history
 * once its own end time plus its definition's time to live (180 days) has passed, a
 * called kyc-application by its own end, and never a running instance's. The clock is
 * moved by moving the instances' times back.
 */
@IntegrationTest
class HistoryCleanupIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Test
	void historyGoesByEachInstancesOwnEndAndNeverWhileItRuns() {
		Api integrator = Api.at(port).asIntegrator();
		Api officer = Api.at(port).asOperator();
		String oldDirect = ended(integrator);
		String youngDirect = ended(integrator);
		String running = Clients.created(integrator, Payload.individual().set("workflow.kycLevel", "FULL_KYC"));
		String reviewed = Clients.created(integrator, Payload.individual().set("workflow.kycLevel", "FULL_KYC"));
		String applicationId = Clients
			.await(integrator, reviewed, c -> "under_review".equals(c.path("application").path("status").asText()))
			.path("application")
			.path("id")
			.asText();
		Clients.await(integrator, running, c -> "under_review".equals(c.path("application").path("status").asText()));
		assertThat(officer
			.post("/applications/" + applicationId + "/decision",
					Map.of("data", Map.of("decision", "approve", "reason", "checked")))
			.status()).isEqualTo(200);
		Clients.await(integrator, reviewed, c -> "active".equals(c.path("status").asText()));
		await().atMost(PATIENCE).until(() -> endedInstances(reviewed) == 2);

		List<String> instances = instancesOf(oldDirect, youngDirect, running, reviewed);
		assertThat(count("act_hi_varinst", instances)).as("variables as they ended are kept").isPositive();
		assertThat(count("act_hi_actinst", instances)).isPositive();
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT act_type_ FROM act_hi_actinst WHERE proc_inst_id_ IN (" + quoted(instances) + ")",
				String.class))
			.as("activity instances of what ran or waited, not of the gateways passed through")
			.contains("serviceTask", "userTask", "callActivity", "startEvent", "noneEndEvent")
			.noneMatch(type -> type.endsWith("Gateway"));
		assertThat(count("act_hi_detail", instances)).as("no row per variable change").isZero();
		assertThat(count("act_hi_job_log", instances)).as("no log of the jobs that ran").isZero();

		// 181 days later for: the old onboarding, the reviewed client's called
		// application (its onboarding ended just now), the running client's start
		String aged = "now() - interval '181 days'";
		jdbc.update("UPDATE act_hi_procinst SET start_time_ = " + aged + ", end_time_ = " + aged
				+ " WHERE business_key_ = ?", oldDirect);
		jdbc.update("UPDATE act_hi_procinst SET end_time_ = " + aged
				+ " WHERE business_key_ = ? AND proc_def_key_ = 'kyc-application'", reviewed);
		jdbc.update("UPDATE act_hi_procinst SET start_time_ = " + aged + " WHERE business_key_ = ?", running);

		List<String> old = instancesOf(oldDirect);
		// From the batch window's start (01:00) the engine runs the same cleanup job
		// itself: a run in that minute can meet the job executor on it, one side then
		// failing on the engine's optimistic lock. Cleaning again is harmless.
		await().atMost(PATIENCE).ignoreException(OptimisticLockingException.class).untilAsserted(() -> {
			Job cleanup = history.cleanUpHistoryAsync(true);
			management.executeJob(cleanup.getId());
		});

		assertThat(instancesOf(oldDirect)).as("ended 181 days ago: gone").isEmpty();
		assertThat(count("act_hi_actinst", old) + count("act_hi_varinst", old)).as("with its activities and variables")
			.isZero();
		assertThat(definitionsOf(reviewed)).as("the called application by its own end, its caller kept")
			.containsExactly("client-onboarding");
		assertThat(definitionsOf(running)).as("a running instance, however old, kept")
			.containsExactlyInAnyOrder("client-onboarding", "kyc-application");
		assertThat(instancesOf(youngDirect)).as("ended today: kept").hasSize(1);
	}

	private String ended(Api integrator) {
		String clientId = Clients.created(integrator, Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"));
		Clients.await(integrator, clientId, c -> "active".equals(c.path("status").asText()));
		await().atMost(PATIENCE).until(() -> endedInstances(clientId) == 1);
		return clientId;
	}

	private long endedInstances(String clientId) {
		return jdbc.queryForObject(
				"SELECT count(*) FROM act_hi_procinst WHERE business_key_ = ? AND end_time_ IS NOT NULL", Long.class,
				clientId);
	}

	private List<String> instancesOf(String... clientIds) {
		return java.util.Arrays.stream(clientIds)
			.flatMap(
					id -> jdbc.queryForList("SELECT id_ FROM act_hi_procinst WHERE business_key_ = ?", String.class, id)
						.stream())
			.toList();
	}

	private List<String> definitionsOf(String clientId) {
		return jdbc.queryForList("SELECT proc_def_key_ FROM act_hi_procinst WHERE business_key_ = ?", String.class,
				clientId);
	}

	private long count(String table, List<String> instances) {
		if (instances.isEmpty()) {
			return 0;
		}
		String column = "act_hi_job_log".equals(table) ? "process_instance_id_" : "proc_inst_id_";
		return jdbc.queryForObject(
				"SELECT count(*) FROM " + table + " WHERE " + column + " IN (" + quoted(instances) + ")", Long.class);
	}

	/** Engine ids (UUIDs the engine made), as a list for an IN clause. */
	private static String quoted(List<String> ids) {
		return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
	}

}
