package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Envelope;

/**
 * A client's links to its records at external service providers (SPEC 6.1, 6.2): looked
 * up by the provider's id, recorded once per provider, published as
 * {@code clients/connection-created}.
 */
@Service
public class ProviderConnections {

	private final Clients clients;

	private final ClientConnections connections;

	private final ClientViews views;

	private final ClientEvents events;

	private final Clock clock;

	ProviderConnections(Clients clients, ClientConnections connections, ClientViews views, ClientEvents events,
			Clock clock) {
		this.clients = clients;
		this.connections = connections;
		this.views = views;
		this.events = events;
		this.clock = clock;
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
	 * Records that the client is {@code externalId} at the provider, and publishes it.
	 */
	@Transactional
	public void connect(UUID clientId, String serviceProvider, String externalId) {
		record(clientId, serviceProvider, externalId);
		publishConnected(clientId, serviceProvider);
	}

	/**
	 * Stores the connection without telling anyone yet (a migration publishes it after
	 * {@code clients/created}). The unique (provider, external id) index makes a second
	 * client for the same provider record impossible.
	 */
	@Transactional
	public void record(UUID clientId, String serviceProvider, String externalId) {
		clients.requireForUpdate(clientId);
		connections.saveAndFlush(
				new ClientConnection(UUID.randomUUID(), clientId, serviceProvider, externalId, clock.instant()));
	}

	/** Publishes {@code clients/connection-created} with {@code connect.connection}. */
	@Transactional
	public void publishConnected(UUID clientId, String serviceProvider) {
		Client client = clients.require(clientId);
		ClientConnection connection = connections.findByClientIdOrderByCreatedAt(clientId)
			.stream()
			.filter(c -> c.view().serviceProvider().equals(serviceProvider))
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("Client " + clientId + " has no connection to " + serviceProvider));
		events.publish(client, "connection-created", Map.of("connection", connection.view()));
	}

	/** The client in the envelope of SPEC 3.1, whole, as a provider is sent it. */
	@Transactional(readOnly = true)
	public Map<String, Object> envelopeForProvider(UUID id) {
		ClientView client = views.view(clients.require(id), new ClientIncludes(true, false, true, true, false));
		return Map.of("workflow", Map.of("code", "direct"), "data", Envelope.single("client", client), "connect",
				Map.of(), "metadata", Map.of());
	}

}
