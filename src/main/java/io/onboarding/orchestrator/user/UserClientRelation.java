package io.onboarding.orchestrator.user;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a user may act for a client. */
@Entity
@Table(name = "user_client_relations")
class UserClientRelation {

	static final String ALLOWED = "allowed";

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(nullable = false)
	private String status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected UserClientRelation() {
	}

	UserClientRelation(UUID id, UUID userId, UUID clientId, Instant now) {
		this.id = id;
		this.userId = userId;
		this.clientId = clientId;
		this.status = ALLOWED;
		this.createdAt = now;
	}

	View view() {
		return new View(id, userId, clientId, status);
	}

	UUID userId() {
		return userId;
	}

	/** {@code data.userClientRelation}: {id, userId, clientId, status}. */
	public record View(UUID id, UUID userId, UUID clientId, String status) {
	}

}
