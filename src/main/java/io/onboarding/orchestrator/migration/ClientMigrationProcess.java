package io.onboarding.orchestrator.migration;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.infrastructure.ProcessVariables;

/**
 * The process-facing side of {@code processes/client-migration.bpmn}: its key, element
 * ids and variables, and the one way to start it. The business key is the migration's id.
 */
@Component
class ClientMigrationProcess {

	static final String KEY = "client-migration";

	/**
	 * Process variables: ids and gateway inputs only; the source client itself is never
	 * one: it waits on the migration's record.
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

	static UUID migrationId(VariableScope scope) {
		return ProcessVariables.id(scope, MIGRATION_ID);
	}

	static UUID clientId(VariableScope scope) {
		return ProcessVariables.id(scope, CLIENT_ID);
	}

	static String serviceProvider(VariableScope scope) {
		return ProcessVariables.text(scope, SERVICE_PROVIDER);
	}

	static String sourceId(VariableScope scope) {
		return ProcessVariables.text(scope, SOURCE_ID);
	}

	/** The gateway inputs of "Source client found?", and the reason when it was not. */
	static void sourceFound(VariableScope scope, boolean found, String failureReason) {
		scope.setVariable(SOURCE_FOUND, found);
		if (failureReason != null) {
			scope.setVariable(FAILURE_REASON, failureReason);
		}
	}

	/** The gateway inputs of "Source data valid?" and "Verified at the source?". */
	static void judged(VariableScope scope, SourceMapping.Mapped mapped) {
		scope.setVariable(SOURCE_VALID, mapped.valid());
		if (mapped.valid()) {
			scope.setVariable(SOURCE_VERIFIED, mapped.verified());
		}
		else {
			scope.setVariable(FAILURE_REASON, mapped.reason());
		}
	}

	static void stored(VariableScope scope, MigrationSteps.StoredClient stored) {
		scope.setVariable(CLIENT_ID, stored.clientId().toString());
		scope.setVariable(CLIENT_CREATED, stored.created());
	}

	static String failureReason(VariableScope scope) {
		return ProcessVariables.text(scope, FAILURE_REASON);
	}

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
