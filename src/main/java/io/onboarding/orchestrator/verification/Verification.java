package io.onboarding.orchestrator.verification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.onboarding.orchestrator.infrastructure.TrackedRecord;

/**
 * One link a provider issued to verify a client's applicant, and where the provider's
 * verdict stands. It never moves back: an event older than the newest it applied, or any
 * event after its final verdict, changes nothing.
 */
@Entity
@Table(name = "verifications")
class Verification extends TrackedRecord {

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(name = "application_id", nullable = false, updatable = false)
	private UUID applicationId;

	@Column(nullable = false, updatable = false)
	private String provider;

	@Column(name = "applicant_id", nullable = false, updatable = false)
	private String applicantId;

	@Column(nullable = false)
	private VerificationStatus status;

	private String url;

	@Column(name = "reject_labels")
	private String rejectLabels;

	@Column(name = "last_event_at")
	private Instant lastEventAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Verification() {
	}

	Verification(UUID id, UUID clientId, UUID applicationId, String provider, Registration registration, Instant now) {
		super(id, now);
		this.clientId = clientId;
		this.applicationId = applicationId;
		this.provider = provider;
		this.applicantId = registration.applicantId();
		this.url = registration.url();
		this.status = VerificationStatus.CREATED;
	}

	/**
	 * Applies the provider's event. Returns whether it changed the verification: not when
	 * it is older than the newest applied, when the link was replaced, or when it would
	 * take a verdict back to an earlier step (a late "pending"). A newer verdict does
	 * replace an older one: a provider may reject an applicant it approved before.
	 */
	boolean apply(ProviderEvent event, Instant now) {
		VerificationStatus next = event.kind().status();
		if (next == null || deletedAt != null) {
			return false;
		}
		if (status.isFinal() && !next.isFinal() && event.kind() != ProviderEvent.Kind.RESET) {
			return false;
		}
		if (lastEventAt != null && event.occurredAt() != null && event.occurredAt().isBefore(lastEventAt)) {
			return false;
		}
		status = next;
		rejectLabels = event.labels().isEmpty() ? rejectLabels : String.join(",", event.labels());
		if (event.occurredAt() != null) {
			lastEventAt = event.occurredAt();
		}
		touch(now);
		return true;
	}

	/** The link gave way to a fresh one (a retry, a reset). */
	void replaced(Instant now) {
		deletedAt = now;
		touch(now);
	}

	/** Nobody finished at the provider in time. */
	void expired(Instant now) {
		if (!status.isFinal()) {
			status = VerificationStatus.EXPIRED;
		}
		touch(now);
	}

	boolean isLive() {
		return deletedAt == null;
	}

	VerificationView view() {
		return new VerificationView(provider, applicantId, status, url, rejectLabels(), createdAt(), updatedAt(),
				deletedAt);
	}

	List<String> rejectLabels() {
		return rejectLabels == null ? List.of() : Arrays.asList(rejectLabels.split(","));
	}

	UUID clientId() {
		return clientId;
	}

	UUID applicationId() {
		return applicationId;
	}

	String provider() {
		return provider;
	}

	String applicantId() {
		return applicantId;
	}

	VerificationStatus status() {
		return status;
	}

}
