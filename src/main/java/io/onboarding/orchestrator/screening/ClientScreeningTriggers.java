package io.onboarding.orchestrator.screening;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientActivated;
import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientIdentityChanged;
import io.onboarding.orchestrator.client.ClientSnapshot;

/**
 * Screens a client again when it becomes active (whatever its KYC level: a client that
 * needs no KYC is still screened against sanctions) and when its identity changes, in the
 * transaction of that change; new hits on an active client open their reviews.
 */
@Component
class ClientScreeningTriggers {

	private final Screening screening;

	private final ClientDirectory clients;

	ClientScreeningTriggers(Screening screening, ClientDirectory clients) {
		this.screening = screening;
		this.clients = clients;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void activated(ClientActivated activated) {
		screening.rescreen(party(activated.clientId()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void identityChanged(ClientIdentityChanged changed) {
		screening.rescreen(party(changed.clientId()));
	}

	private ScreenedParty party(UUID clientId) {
		ClientSnapshot client = clients.snapshot(clientId);
		return ScreenedParty.of(client.id(), client.id(), ScreenedParty.Kind.CLIENT, client.identity(),
				client.countries());
	}

}
