package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.BusinessRuleException;

/** A client's sub-client and contract (SPEC 7.1, 7.2), each change published. */
@Service
class AccountAdministration {

	private final Clients clients;

	private final ContractChanges contracts;

	private final ContractSettings contractSettings;

	private final ClientViews views;

	private final ClientEvents events;

	private final Clock clock;

	AccountAdministration(Clients clients, ContractChanges contracts, ContractSettings contractSettings,
			ClientViews views, ClientEvents events, Clock clock) {
		this.clients = clients;
		this.contracts = contracts;
		this.contractSettings = contractSettings;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Associates the client with a sub-client, or dissociates it (null); the client
	 * itself judges the association.
	 */
	@Transactional
	ClientView associate(UUID id, UUID subClientId) {
		Client client;
		if (subClientId == null) {
			client = clients.requireForUpdate(id);
			client.dissociate(clock.instant());
		}
		else {
			// both rows locked in a fixed order first: two associations made at once
			// can't build a chain between them
			clients.findForUpdate(id.compareTo(subClientId) <= 0 ? id : subClientId);
			clients.findForUpdate(id.compareTo(subClientId) <= 0 ? subClientId : id);
			client = clients.require(id);
			Client subClient = clients.findById(subClientId)
				.orElseThrow(() -> new BusinessRuleException("data.subClientId",
						"Sub-client " + subClientId + " does not exist"));
			client.associateWith(subClient, clients.existsBySubClientId(id), clock.instant());
		}
		clients.flush();
		events.publish(client, "sub-client-updated");
		return views.view(client, ClientViews.WHOLE_PROFILE);
	}

	/** Records that the client accepted a contract of the catalogue now; all are kept. */
	@Transactional
	ClientView acceptContract(UUID id, String contract, String termsVersion, String actor) {
		Client client = clients.requireForUpdate(id);
		if (!contractSettings.contracts().contains(contract)) {
			throw new BusinessRuleException("data.contract", "Contract '" + contract + "' is not in the catalogue ("
					+ String.join(", ", contractSettings.contracts()) + ")");
		}
		String terms = termsVersion != null ? termsVersion : contractSettings.termsInForce();
		client.acceptContract(contract, terms, clock.instant());
		contracts.save(new ContractChange(id, contract, terms, client.contract().termsAcceptedAt(), actor));
		events.publish(client, "contract-updated");
		return views.view(client, ClientViews.WHOLE_PROFILE);
	}

	@Transactional(readOnly = true)
	Page<ContractChange.View> contracts(UUID id, Pageable pageable) {
		clients.require(id);
		return contracts.findByClientId(id, pageable).map(ContractChange::view);
	}

}
