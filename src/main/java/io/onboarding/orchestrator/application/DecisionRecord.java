package io.onboarding.orchestrator.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision on an application, with its reason and who took it: the audit trail. */
@Entity
@Table(name = "application_decisions")
class DecisionRecord {

	@Id
	private UUID id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private UUID applicationId;

	@Column(nullable = false, updatable = false)
	private String step;

	@Column(nullable = false, updatable = false)
	private String outcome;

	@Column(updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	/** The client as the API showed it when the decision was taken, as JSON. */
	@Column(name = "client_snapshot", updatable = false)
	private String clientSnapshot;

	protected DecisionRecord() {
	}

	DecisionRecord(UUID applicationId, String step, String outcome, String reason, String actor, Instant at,
			String clientSnapshot) {
		this.id = UUID.randomUUID();
		this.clientSnapshot = clientSnapshot;
		this.applicationId = applicationId;
		this.step = step;
		this.outcome = outcome;
		this.reason = reason;
		this.actor = actor;
		this.decidedAt = at;
	}

	DecisionView view() {
		return new DecisionView(step, outcome, reason, actor, decidedAt);
	}

}
