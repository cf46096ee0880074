package io.onboarding.orchestrator.verification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A callback as it came, once per provider event, with what became of it. */
@Entity
@Table(name = "provider_callbacks")
class ProviderCallback {

	/** What a callback did. */
	enum Outcome {

		/** It moved the verification (and the application waiting for it). */
		APPLIED,
		/** Older than what was applied, or after the verdict: recorded only. */
		STALE,
		/** For an application that no longer waits for it: recorded only. */
		NOT_AWAITED,
		/** No verification of ours names its applicant: recorded only. */
		UNKNOWN_APPLICANT,
		/** An applicant the provider verified on its own, taken in as a client. */
		IMPORTED

	}

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String provider;

	@Column(name = "event_id", nullable = false, updatable = false)
	private String eventId;

	@Column(name = "event_type", nullable = false, updatable = false)
	private String eventType;

	@Column(name = "applicant_id", updatable = false)
	private String applicantId;

	@Column(name = "external_user_id", updatable = false)
	private String externalUserId;

	@Column(name = "occurred_at", updatable = false)
	private Instant occurredAt;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(nullable = false)
	private String outcome;

	@Column(name = "verification_id")
	private UUID verificationId;

	@Column(nullable = false, updatable = false)
	private String payload;

	protected ProviderCallback() {
	}

	ProviderCallback(String provider, ProviderEvent event, String payload, Instant now) {
		this.id = UUID.randomUUID();
		this.provider = provider;
		this.eventId = event.eventId();
		this.eventType = event.type();
		this.applicantId = event.applicantId();
		this.externalUserId = event.externalUserId();
		this.occurredAt = event.occurredAt();
		this.receivedAt = now;
		this.payload = payload;
		this.outcome = Outcome.UNKNOWN_APPLICANT.name().toLowerCase();
	}

	void ended(Outcome outcome, UUID verificationId) {
		this.outcome = outcome.name().toLowerCase();
		this.verificationId = verificationId;
	}

}
