package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link between a client and its record at an external service provider. */
@Entity
@Table(name = "client_connections")
class ClientConnection {

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(name = "service_provider", nullable = false, updatable = false)
	private String serviceProvider;

	@Column(name = "external_id", nullable = false, updatable = false)
	private String externalId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ClientConnection() {
	}

	public UUID clientId() {
		return clientId;
	}

	public ClientConnection(UUID id, UUID clientId, String serviceProvider, String externalId, Instant createdAt) {
		this.id = id;
		this.clientId = clientId;
		this.serviceProvider = serviceProvider;
		this.externalId = externalId;
		this.createdAt = createdAt;
	}

	public View view() {
		return new View(id, serviceProvider, externalId, createdAt);
	}

	/** {@code {id, serviceProvider, externalId, createdAt}} */
	public record View(UUID id, String serviceProvider, String externalId, Instant createdAt) {
	}

}
