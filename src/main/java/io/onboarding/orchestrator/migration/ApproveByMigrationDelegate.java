package io.onboarding.orchestrator.migration;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.application.ApplicationLifecycle;
import io.onboarding.orchestrator.client.ClientLifecycle;

/**
 * "Approve application by migration": the provider verified the client already; its
 * application is approved by the migration, and it is active.
 */
@Component("approveByMigration")
class ApproveByMigrationDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	private final ClientLifecycle clients;

	ApproveByMigrationDelegate(ApplicationLifecycle applications, ClientLifecycle clients) {
		this.applications = applications;
		this.clients = clients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID clientId = ClientMigrationProcess.clientId(execution);
		applications.approveByMigration(clientId, ClientMigrationProcess.serviceProvider(execution));
		clients.activate(clientId);
	}

}
