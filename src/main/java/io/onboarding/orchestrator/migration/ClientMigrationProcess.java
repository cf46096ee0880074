package io.onboarding.orchestrator.migration;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process-facing side of {@code processes/client-migration.bpmn}: its key, element
 * ids and variables, and the one way to start it. The business key is the migration's id.
 */
@Component
class ClientMigrationProcess {

	static final String KEY = "client-migration";

	/**
	 * Process variables: ids and gateway inputs only; the source client itself is never
	 * one (see SourceHandOff).
	 */
	static final String MIGRATION_ID = "migrationId";
	static final String SERVICE_PROVIDER = "serviceProvider";
	static final String SOURCE_ID = "sourceId";
	static final String KYC_LEVEL = "kycLevel";
	static final String REQUESTED_BY = "requestedBy";
	static final String CLIENT_ID = "clientId";
	static final String SOURCE_FOUND = "sourceFound";
	static final String SOURCE_VALID = "sourceValid";
	static final String SOURCE_VERIFIED = "sourceVerified";
	static final String CLIENT_CREATED = "clientCreated";

	/**
	 * Why the migration failed, for the operator in Cockpit as much as for the migration
	 * record.
	 */
	static final String FAILURE_REASON = "failureReason";

	static final String TASK_FETCH_SOURCE_CLIENT = "Task_FetchSourceClient";
	static final String TASK_VALIDATE_SOURCE_CLIENT = "Task_ValidateSourceClient";
	static final String TASK_STORE_CLIENT = "Task_StoreClient";
	static final String TASK_PUBLISH_CLIENT_MIGRATED = "Task_PublishClientMigrated";
	static final String TASK_APPROVE_BY_MIGRATION = "Task_ApproveByMigration";
	static final String TASK_START_KYC_ONBOARDING = "Task_StartKycOnboarding";
	static final String TASK_COMPLETE_MIGRATION = "Task_CompleteMigration";
	static final String TASK_FAIL_MIGRATION = "Task_FailMigration";
	static final String END_MIGRATION_COMPLETED = "EndEvent_MigrationCompleted";
	static final String END_MIGRATION_FAILED = "EndEvent_MigrationFailed";

	private final RuntimeService runtimeService;

	ClientMigrationProcess(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/**
	 * Starts the migration; its first step (the call to the provider) runs after commit,
	 * in a job.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void start(Migration migration) {
		runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(migration.id().toString())
			.setVariables(Variables.createVariables()
				.putValue(MIGRATION_ID, migration.id().toString())
				.putValue(SERVICE_PROVIDER, migration.serviceProvider())
				.putValue(SOURCE_ID, migration.sourceId())
				.putValue(KYC_LEVEL, migration.kycLevel())
				.putValue(REQUESTED_BY, migration.requestedBy()))
			.execute();
	}

}
