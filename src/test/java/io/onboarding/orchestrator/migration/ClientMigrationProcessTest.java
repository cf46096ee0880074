package io.onboarding.orchestrator.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.onboarding.orchestrator.support.RetryCycleStandIn;

/**
 * The paths of {@code client-migration}. Each delegate is stood in by one that records
 * that it ran and sets the gateway input the real one would, so that these tests are
 * about the model.
 */
@Deployment(resources = "processes/client-migration.bpmn")
class ClientMigrationProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<String> ran = new ArrayList<>();

	@BeforeEach
	void standInForDelegates() {
		for (String delegate : List.of("publishClientMigrated", "approveByMigration", "startKycOnboarding",
				"completeMigration", "failMigration")) {
			Mocks.register(delegate, (JavaDelegate) execution -> ran.add(delegate));
		}
		Mocks.register("providerRetries", new RetryCycleStandIn());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	/**
	 * The save points before and after the provider call, as the job executor runs them.
	 */
	private static void runSavePoints(ProcessInstance migration) {
		execute(job(migration));
		if (jobQuery().processInstanceId(migration.getId()).count() > 0) {
			execute(job(migration));
		}
	}

	@Test
	void theProviderIsCalledAfterTheSavePoint() {
		ProcessInstance migration = start();

		assertThat(migration).isWaitingAt(ClientMigrationProcess.TASK_FETCH_SOURCE_CLIENT);
		assertThat(ran).isEmpty();
	}

	@Test
	void aVerifiedSourceClientIsCreatedAndApprovedByMigration() {
		source(true, true, true, true);
		ProcessInstance migration = start();

		runSavePoints(migration);

		assertThat(migration).isEnded()
			.hasPassedInOrder(ClientMigrationProcess.TASK_FETCH_SOURCE_CLIENT,
					ClientMigrationProcess.TASK_VALIDATE_SOURCE_CLIENT, ClientMigrationProcess.TASK_STORE_CLIENT,
					ClientMigrationProcess.TASK_PUBLISH_CLIENT_MIGRATED,
					ClientMigrationProcess.TASK_APPROVE_BY_MIGRATION, ClientMigrationProcess.TASK_COMPLETE_MIGRATION,
					ClientMigrationProcess.END_MIGRATION_COMPLETED);
		assertThat(ran).containsExactly("fetchSourceClient", "validateSourceClient", "storeMigratedClient",
				"publishClientMigrated", "approveByMigration", "completeMigration");
	}

	@Test
	void anUnverifiedSourceClientIsOnboardedThroughKyc() {
		source(true, true, true, false);
		ProcessInstance migration = start();

		runSavePoints(migration);

		assertThat(migration).isEnded()
			.hasPassed(ClientMigrationProcess.TASK_START_KYC_ONBOARDING)
			.hasNotPassed(ClientMigrationProcess.TASK_APPROVE_BY_MIGRATION);
		assertThat(ran).endsWith("publishClientMigrated", "startKycOnboarding", "completeMigration");
	}

	@Test
	void aSourceMigratedBeforeUpdatesItsClientAndPublishesNoCreation() {
		source(true, true, false, true);
		ProcessInstance migration = start();

		runSavePoints(migration);

		assertThat(migration).isEnded()
			.hasPassed(ClientMigrationProcess.TASK_COMPLETE_MIGRATION)
			.hasNotPassed(ClientMigrationProcess.TASK_PUBLISH_CLIENT_MIGRATED);
		assertThat(ran).containsExactly("fetchSourceClient", "validateSourceClient", "storeMigratedClient",
				"completeMigration");
	}

	@Test
	void aSourceClientThatIsNotFoundFailsTheMigration() {
		source(false, false, false, false);
		ProcessInstance migration = start();

		runSavePoints(migration);

		assertThat(migration).isEnded()
			.hasPassedInOrder(ClientMigrationProcess.TASK_FETCH_SOURCE_CLIENT,
					ClientMigrationProcess.TASK_FAIL_MIGRATION, ClientMigrationProcess.END_MIGRATION_FAILED)
			.hasNotPassed(ClientMigrationProcess.TASK_VALIDATE_SOURCE_CLIENT);
		assertThat(ran).containsExactly("fetchSourceClient", "failMigration");
	}

	@Test
	void anInvalidSourceClientFailsTheMigration() {
		source(true, false, false, false);
		ProcessInstance migration = start();

		runSavePoints(migration);

		assertThat(migration).isEnded()
			.hasPassed(ClientMigrationProcess.END_MIGRATION_FAILED)
			.hasNotPassed(ClientMigrationProcess.TASK_STORE_CLIENT);
		assertThat(ran).containsExactly("fetchSourceClient", "validateSourceClient", "failMigration");
	}

	@Test
	void aProviderThatCantAnswerIsRetriedOnItsCycle() {
		Mocks.register("fetchSourceClient", (JavaDelegate) execution -> {
			throw new IllegalStateException("provider down");
		});
		ProcessInstance migration = start();

		try {
			runSavePoints(migration);
		}
		catch (IllegalStateException expected) {
			// the job executor would record the failure and retry
		}

		assertThat(migration).isWaitingAt(ClientMigrationProcess.TASK_FETCH_SOURCE_CLIENT);
		assertThat(job(migration).getRetries())
			.as("retries left after the first failure, from " + RetryCycleStandIn.CYCLE)
			.isEqualTo(2);
	}

	@Test
	void aStepThatFailsAfterTheProviderAnsweredIsRetriedWithoutCallingItAgain() {
		source(true, true, true, true);
		Mocks.register("storeMigratedClient", (JavaDelegate) execution -> {
			throw new IllegalStateException("database hiccup");
		});
		ProcessInstance migration = start();
		execute(job(migration));

		try {
			execute(job(migration));
		}
		catch (IllegalStateException expected) {
			// the job executor would record the failure and retry the job after the call
		}

		assertThat(migration).hasPassed(ClientMigrationProcess.TASK_FETCH_SOURCE_CLIENT);
		assertThat(job(migration).getRetries()).isEqualTo(2);
		assertThat(ran).containsExactly("fetchSourceClient", "validateSourceClient");
	}

	/**
	 * What the provider and the data turn out to be, as the real delegates would report
	 * it.
	 */
	private void source(boolean found, boolean valid, boolean created, boolean verified) {
		Mocks.register("fetchSourceClient", (JavaDelegate) execution -> {
			ran.add("fetchSourceClient");
			execution.setVariable(ClientMigrationProcess.SOURCE_FOUND, found);
		});
		Mocks.register("validateSourceClient", (JavaDelegate) execution -> {
			ran.add("validateSourceClient");
			execution.setVariable(ClientMigrationProcess.SOURCE_VALID, valid);
			execution.setVariable(ClientMigrationProcess.SOURCE_VERIFIED, verified);
		});
		Mocks.register("storeMigratedClient", (JavaDelegate) execution -> {
			ran.add("storeMigratedClient");
			execution.setVariable(ClientMigrationProcess.CLIENT_CREATED, created);
		});
	}

	private static ProcessInstance start() {
		String migrationId = UUID.randomUUID().toString();
		return runtimeService().startProcessInstanceByKey(ClientMigrationProcess.KEY, migrationId,
				Map.of(ClientMigrationProcess.MIGRATION_ID, migrationId, ClientMigrationProcess.SERVICE_PROVIDER,
						"railsbank", ClientMigrationProcess.SOURCE_ID, "source-1", ClientMigrationProcess.KYC_LEVEL,
						"FULL_KYC", ClientMigrationProcess.REQUESTED_BY, "test-integrator"));
	}

}
