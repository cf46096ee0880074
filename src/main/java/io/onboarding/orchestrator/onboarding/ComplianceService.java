package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.application.ApplicationActions;
import io.onboarding.orchestrator.client.Client;
import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.client.ClientView;
import io.onboarding.orchestrator.client.ComplianceChange;
import io.onboarding.orchestrator.client.ComplianceUpdate;

/**
 * An officer's compliance change and what follows from it, in one transaction:
 * blacklisting ends the open application (auto-declined, through the process); lifting
 * the blacklist onboards the client again with a new application.
 */
@Service
class ComplianceService {

	private final ClientService clients;

	private final ApplicationActions applications;

	private final ClientOnboardingProcess onboarding;

	ComplianceService(ClientService clients, ApplicationActions applications, ClientOnboardingProcess onboarding) {
		this.clients = clients;
		this.applications = applications;
		this.onboarding = onboarding;
	}

	@Transactional
	ClientView change(UUID id, ComplianceUpdate update, String actor) {
		ComplianceChange change = clients.changeCompliance(id, update, actor);
		Client client = clients.client(id);
		if (change.blacklisted()) {
			applications.clientBlacklisted(client.applicationId());
		}
		if (change.unblacklisted()) {
			onboarding.reopen(id, client.kycLevel().name(), client.requestedProvider(), actor);
		}
		return clients.view(id);
	}

}
