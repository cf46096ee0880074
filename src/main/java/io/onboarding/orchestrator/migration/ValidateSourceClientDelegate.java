package io.onboarding.orchestrator.migration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Map and validate source client": the rules of a direct creation. */
@Component("validateSourceClient")
class ValidateSourceClientDelegate implements JavaDelegate {

	private final MigrationSteps migrations;

	ValidateSourceClientDelegate(MigrationSteps migrations) {
		this.migrations = migrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ClientMigrationProcess.judged(execution, migrations.validate(ClientMigrationProcess.migrationId(execution)));
	}

}
