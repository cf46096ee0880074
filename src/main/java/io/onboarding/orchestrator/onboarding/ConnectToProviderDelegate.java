package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ProviderConnections;
import io.onboarding.orchestrator.provider.ProviderClient;

/**
 * "Connect client to provider" (SPEC 6.2): creates the approved client at the provider it
 * asked for, stores the provider's id as a connection and publishes
 * {@code clients/connection-created}. A client connected there already (migrated from it,
 * or connected by an earlier try whose transaction committed) is left alone, so a retry
 * never connects twice.
 */
@Component("connectToProvider")
class ConnectToProviderDelegate implements JavaDelegate {

	private final ProviderConnections connections;

	private final ProviderClient providers;

	ConnectToProviderDelegate(ProviderConnections connections, ProviderClient providers) {
		this.connections = connections;
		this.providers = providers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID clientId = ClientOnboardingProcess.clientId(execution);
		String provider = ClientOnboardingProcess.serviceProvider(execution);
		if (connections.isConnected(clientId, provider)) {
			return;
		}
		String externalId = providers.createClient(provider, connections.envelopeForProvider(clientId),
				clientId.toString());
		connections.connect(clientId, provider, externalId);
	}

}
