package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One compliance change as an officer made it, with the officer: kept for the audit
 * trail.
 */
@Entity
@Table(name = "compliance_changes")
class ComplianceRecord {

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(name = "risk_level", updatable = false)
	private String riskLevel;

	@Column(updatable = false)
	private Boolean blacklisted;

	@Column(name = "blacklisted_comment", updatable = false)
	private String blacklistedComment;

	@Column(updatable = false)
	private Boolean blocked;

	@Column(name = "kyc_note", updatable = false)
	private String kycNote;

	@Column(updatable = false)
	private Boolean closed;

	@Column(name = "kyc_level", updatable = false)
	private String kycLevel;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	protected ComplianceRecord() {
	}

	ComplianceRecord(UUID clientId, ComplianceUpdate update, String actor, Instant at) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.riskLevel = update.riskLevel() == null ? null : update.riskLevel().value();
		this.blacklisted = update.blacklisted();
		this.blacklistedComment = update.blacklistedComment();
		this.blocked = update.blocked();
		this.kycNote = update.kycNote();
		this.closed = update.closes() ? Boolean.TRUE : null;
		this.kycLevel = update.kycLevel() == null ? null : update.kycLevel().name();
		this.actor = actor;
		this.changedAt = at;
	}

}
