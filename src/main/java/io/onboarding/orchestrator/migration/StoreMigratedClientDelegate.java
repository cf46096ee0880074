package io.onboarding.orchestrator.migration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Create or update client" (see {@link MigrationSteps#storeClient}). */
@Component("storeMigratedClient")
class StoreMigratedClientDelegate implements JavaDelegate {

	private final MigrationSteps migrations;

	StoreMigratedClientDelegate(MigrationSteps migrations) {
		this.migrations = migrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ClientMigrationProcess.stored(execution, migrations.storeClient(ClientMigrationProcess.migrationId(execution)));
	}

}
