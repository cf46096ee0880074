package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.validation.Violations;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * Creates, reads and changes clients; every change that integrators hear of publishes its
 * event here.
 */
@Service
public class ClientService {

	private final Clients clients;

	private final ClientNumbers numbers;

	private final ClientViews views;

	private final ClientPatches patches;

	private final ContractChanges contracts;

	private final ContractSettings contractSettings;

	private final ComplianceRecords complianceRecords;

	private final ClientConnections connections;

	private final ClientCounts counts;

	private final ClientPages pages;

	private final EventPublisher events;

	private final Clock clock;

	ClientService(Clients clients, ClientNumbers numbers, ClientViews views, ClientPatches patches,
			ContractChanges contracts, ContractSettings contractSettings, ComplianceRecords complianceRecords,
			ClientConnections connections, ClientCounts counts, ClientPages pages, EventPublisher events, Clock clock) {
		this.clients = clients;
		this.counts = counts;
		this.pages = pages;
		this.connections = connections;
		this.numbers = numbers;
		this.views = views;
		this.patches = patches;
		this.contracts = contracts;
		this.contractSettings = contractSettings;
		this.complianceRecords = complianceRecords;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a new client, pending its onboarding. */
	@Transactional
	public void register(UUID id, NewClient client, String actor) {
		clients.save(new Client(id, numbers.next(), client, actor, clock.instant()));
	}

	@Transactional
	public void activate(UUID id) {
		Client client = findForUpdate(id);
		ClientStatus before = client.status();
		client.activate(clock.instant());
		if (before != client.status()) {
			publish(client, "status-changed");
		}
	}

	@Transactional
	public void applicationOpened(UUID clientId, UUID applicationId) {
		findForUpdate(clientId).applicationOpened(applicationId, clock.instant());
	}

	/**
	 * The onboarding ended without approval; a screening decline marks the client
	 * auto-declined.
	 */
	@Transactional
	public void rejected(UUID id, String decision) {
		Client client = findForUpdate(id);
		ClientStatus before = client.status();
		client.rejected("auto_declined".equals(decision), clock.instant());
		if (before != client.status()) {
			publish(client, "status-changed");
		}
	}

	@Transactional
	public void riskAssessed(UUID id, String riskLevel) {
		findForUpdate(id).riskAssessed(riskLevel, clock.instant());
	}

	/**
	 * An officer's compliance change (SPEC 7.3), published as
	 * {@code clients/compliance-updated} and, when the status moves,
	 * {@code clients/status-changed}. The caller acts on (un)blacklisting.
	 */
	@Transactional
	public ComplianceChange changeCompliance(UUID id, ComplianceUpdate update, String actor) {
		Client client = findForUpdate(id);
		ComplianceChange change = client.changeCompliance(update, clock.instant());
		complianceRecords.save(new ComplianceRecord(id, update, actor, clock.instant()));
		publish(client, "compliance-updated");
		if (change.statusChanged()) {
			publish(client, "status-changed");
		}
		return change;
	}

	/** Records {@code clients/created} with the client as reads show it by default. */
	@Transactional
	public void publishCreated(UUID id) {
		publish(find(id), "created");
	}

	/**
	 * Replaces what the integrator described of the client with data checked by the
	 * caller, as a second migration from the same source does, and publishes
	 * {@code clients/updated}.
	 */
	@Transactional
	public void redescribe(UUID id, ClientDetails details) {
		Client client = findForUpdate(id);
		client.describe(details, clock.instant());
		publish(client, "updated");
	}

	/** The client that the provider's record {@code externalId} belongs to, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> connectedTo(String serviceProvider, String externalId) {
		return connections.findByServiceProviderAndExternalId(serviceProvider, externalId)
			.map(ClientConnection::clientId);
	}

	@Transactional(readOnly = true)
	public boolean isConnected(UUID clientId, String serviceProvider) {
		return connections.existsByClientIdAndServiceProvider(clientId, serviceProvider);
	}

	/**
	 * Records that the client is {@code externalId} at the provider and publishes
	 * {@code clients/connection-created} with {@code connect.connection}.
	 */
	@Transactional
	public void connect(UUID clientId, String serviceProvider, String externalId) {
		recordConnection(clientId, serviceProvider, externalId);
		publishConnected(clientId, serviceProvider);
	}

	/**
	 * Stores the connection without telling anyone yet (a migration publishes it after
	 * {@code clients/created}). The unique (provider, external id) index makes a second
	 * client for the same provider record impossible.
	 */
	@Transactional
	public void recordConnection(UUID clientId, String serviceProvider, String externalId) {
		findForUpdate(clientId);
		connections.saveAndFlush(
				new ClientConnection(UUID.randomUUID(), clientId, serviceProvider, externalId, clock.instant()));
	}

	/**
	 * Publishes {@code clients/connection-created} with {@code connect.connection} of the
	 * provider's connection.
	 */
	@Transactional
	public void publishConnected(UUID clientId, String serviceProvider) {
		Client client = find(clientId);
		ClientConnection connection = connections.findByClientIdOrderByCreatedAt(clientId)
			.stream()
			.filter(c -> c.view().serviceProvider().equals(serviceProvider))
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("Client " + clientId + " has no connection to " + serviceProvider));
		events.publish("clients", "connection-created", clientId,
				Envelope.single("client", views.view(client, ClientIncludes.NONE)),
				Map.of("connection", connection.view()));
	}

	/**
	 * The client in the envelope of SPEC 3.1, whole, as a provider is sent it to create
	 * it there.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> envelopeForProvider(UUID id) {
		Map<String, Object> workflow = Map.of("code", "direct");
		return Map.of("workflow", workflow, "data",
				Envelope.single("client", views.view(find(id), new ClientIncludes(true, false, true, true, false))),
				"connect", Map.of(), "metadata", Map.of());
	}

	/** The client with everything the creation response shows: the whole profile. */
	@Transactional(readOnly = true)
	public ClientView view(UUID id) {
		return views.view(find(id), new ClientIncludes(true, false, false, false, false));
	}

	@Transactional(readOnly = true)
	public Client client(UUID id) {
		return find(id);
	}

	@Transactional(readOnly = true)
	Envelope read(UUID id, ClientIncludes includes) {
		Client client = find(id);
		Map<String, Object> connect = new LinkedHashMap<>();
		if (includes.connections()) {
			connect.put("connections", views.connections(id));
		}
		return Envelope.read("client", views.view(client, includes)).withConnect(connect).withMetadata(includes.echo());
	}

	/**
	 * A page of the list. Filtered by status and type only (the usual operator views),
	 * the total comes from the kept counts and only the page itself is read; other
	 * filters count their match.
	 */
	@Transactional(readOnly = true)
	Page<ClientView.Summary> list(ClientFilter filter, Pageable pageable) {
		if (counts.kept() && filter.countedByStatusAndType()) {
			List<Client> content = pages.read(filter.status(), filter.type(), pageable);
			long total = counts.count(filter.status() == null ? null : filter.status().value(), filter.type());
			return new PageImpl<>(views.summaries(content), pageable, total);
		}
		Page<Client> page = clients.findAll(filter.specification(), pageable);
		List<ClientView.Summary> content = views.summaries(page.getContent());
		return new PageImpl<>(content, pageable, page.getTotalElements());
	}

	/**
	 * Applies a patch-style update (SPEC 3.2) with the same rules as a creation, and
	 * publishes {@code clients/updated}.
	 */
	@Transactional
	public ClientView update(UUID id, com.fasterxml.jackson.databind.JsonNode patch) {
		Client client = findForUpdate(id);
		ClientDetails details = patches.apply(client, patch);
		Violations v = new Violations();
		ClientRules.validate(v, ClientPatches.PATH, details,
				ReservedAttributes.RAILSBANK.equals(client.requestedProvider()));
		v.throwIfAny();
		client.describe(details, clock.instant());
		publish(client, "updated");
		return views.view(client, new ClientIncludes(true, false, false, false, false));
	}

	/**
	 * Associates the client with a sub-client, or dissociates it (null). Both rows are
	 * locked in a fixed order first, so that two associations made at once can't build a
	 * chain between them.
	 */
	@Transactional
	ClientView associate(UUID id, UUID subClientId) {
		Client client;
		if (subClientId == null) {
			client = findForUpdate(id);
			client.dissociate(clock.instant());
		}
		else {
			if (id.equals(subClientId)) {
				find(id);
				throw new BusinessRuleException("data.subClientId", "A client can't be its own sub-client");
			}
			boolean clientFirst = id.compareTo(subClientId) < 0;
			Client first = lockOrNull(clientFirst ? id : subClientId);
			Client second = lockOrNull(clientFirst ? subClientId : id);
			client = clientFirst ? first : second;
			Client subClient = clientFirst ? second : first;
			if (client == null) {
				throw new NotFoundException("Client", id);
			}
			if (subClient == null) {
				throw new BusinessRuleException("data.subClientId", "Sub-client " + subClientId + " does not exist");
			}
			if (subClient.subClientId() != null) {
				throw new BusinessRuleException("data.subClientId",
						"Client " + subClientId + " is itself associated with a sub-client, so it can't be one");
			}
			if (clients.existsBySubClientId(id)) {
				throw new BusinessRuleException("data.subClientId", "Client " + id
						+ " is a sub-client with customers of its own, so it can't be associated with another");
			}
			client.associateWith(subClientId, clock.instant());
		}
		clients.flush();
		publish(client, "sub-client-updated");
		return views.view(client, new ClientIncludes(true, false, false, false, false));
	}

	/**
	 * Records that the client accepted a contract of the catalogue, now; the history
	 * keeps every one.
	 */
	@Transactional
	ClientView acceptContract(UUID id, String contract, String termsVersion, String actor) {
		Client client = findForUpdate(id);
		if (!contractSettings.contracts().contains(contract)) {
			throw new BusinessRuleException("data.contract", "Contract '" + contract + "' is not in the catalogue ("
					+ String.join(", ", contractSettings.contracts()) + ")");
		}
		client.acceptContract(contract, termsVersion, clock.instant());
		contracts.save(new ContractChange(id, contract, termsVersion, client.termsAcceptedAt(), actor));
		publish(client, "contract-updated");
		return views.view(client, new ClientIncludes(true, false, false, false, false));
	}

	@Transactional(readOnly = true)
	Page<ContractChange.View> contracts(UUID id, Pageable pageable) {
		find(id);
		return contracts.findByClientId(id, pageable).map(ContractChange::view);
	}

	private Client lockOrNull(UUID id) {
		return clients.findForUpdate(id).orElse(null);
	}

	private void publish(Client client, String type) {
		events.publish("clients", type, client.id(), Envelope.single("client", views.view(client, ClientIncludes.NONE)),
				Map.of());
	}

	private Client findForUpdate(UUID id) {
		return clients.findForUpdate(id).orElseThrow(() -> new NotFoundException("Client", id));
	}

	private Client find(UUID id) {
		return clients.findById(id).orElseThrow(() -> new NotFoundException("Client", id));
	}

}
