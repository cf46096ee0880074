package io.onboarding.orchestrator.migration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Fail migration": {@code migrations/failed} with the reason and any field errors. */
@Component("failMigration")
class FailMigrationDelegate implements JavaDelegate {

	private final MigrationSteps migrations;

	FailMigrationDelegate(MigrationSteps migrations) {
		this.migrations = migrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		migrations.fail(ClientMigrationProcess.migrationId(execution), ClientMigrationProcess.failureReason(execution));
	}

}
