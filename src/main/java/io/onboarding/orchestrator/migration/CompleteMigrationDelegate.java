package io.onboarding.orchestrator.migration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Complete migration": {@code migrations/completed} with the client's id. */
@Component("completeMigration")
class CompleteMigrationDelegate implements JavaDelegate {

	private final MigrationSteps migrations;

	CompleteMigrationDelegate(MigrationSteps migrations) {
		this.migrations = migrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		migrations.complete(ClientMigrationProcess.migrationId(execution));
	}

}
