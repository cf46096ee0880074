package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One contract a client accepted, kept for the audit trail. */
@Entity
@Table(name = "client_contracts")
class ContractChange {

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(nullable = false, updatable = false)
	private String contract;

	@Column(name = "terms_version", updatable = false)
	private String termsVersion;

	@Column(name = "accepted_at", nullable = false, updatable = false)
	private Instant acceptedAt;

	@Column(name = "changed_by", nullable = false, updatable = false)
	private String changedBy;

	protected ContractChange() {
	}

	ContractChange(UUID clientId, String contract, String termsVersion, Instant acceptedAt, String changedBy) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.contract = contract;
		this.termsVersion = termsVersion;
		this.acceptedAt = acceptedAt;
		this.changedBy = changedBy;
	}

	View view() {
		return new View(id, contract, termsVersion, acceptedAt, changedBy);
	}

	/** {@code {id, contract, termsVersion, termsAcceptedAt, changedBy}} */
	record View(UUID id, String contract, String termsVersion, Instant termsAcceptedAt, String changedBy) {
	}

}
