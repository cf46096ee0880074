package io.onboarding.orchestrator.migration;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.client.ProviderConnections;

/**
 * "Publish client created and connected": {@code clients/created}, then the connection.
 */
@Component("publishClientMigrated")
class PublishClientMigratedDelegate implements JavaDelegate {

	private final ClientLifecycle clients;

	private final ProviderConnections connections;

	PublishClientMigratedDelegate(ClientLifecycle clients, ProviderConnections connections) {
		this.clients = clients;
		this.connections = connections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID clientId = ClientMigrationProcess.clientId(execution);
		clients.publishCreated(clientId);
		connections.publishConnected(clientId, ClientMigrationProcess.serviceProvider(execution));
	}

}
