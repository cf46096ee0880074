package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.relation.RelationService;

/** "Create client": stores the client of the request and the relations given with it. */
@Component("createClient")
class CreateClientDelegate implements JavaDelegate {

	private final PendingOnboardings pending;

	private final ClientService clients;

	private final RelationService relations;

	CreateClientDelegate(PendingOnboardings pending, ClientService clients, RelationService relations) {
		this.pending = pending;
		this.clients = clients;
		this.relations = relations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID clientId = UUID.fromString((String) execution.getVariable(ClientOnboardingProcess.CLIENT_ID));
		DirectOnboarding request = pending.take(clientId);
		clients.register(clientId, request.client(),
				(String) execution.getVariable(ClientOnboardingProcess.REQUESTED_BY));
		relations.add(clientId, request.relations());
	}

}
