package io.onboarding.orchestrator.verification;

import java.time.Instant;
import java.util.List;

/**
 * One callback of a provider, read: its own id (or one derived where the provider has
 * none), the applicant it is about, what happened, the reject labels and when it happened
 * at the provider.
 */
public record ProviderEvent(String eventId, String type, String applicantId, String externalUserId, Kind kind,
		List<String> labels, Instant occurredAt) {

	public ProviderEvent {
		labels = labels == null ? List.of() : List.copyOf(labels);
	}

	/** What the event means for a verification. */
	public enum Kind {

		/** The applicant exists at the provider; nothing submitted yet. */
		CREATED(VerificationStatus.CREATED),
		/** The end user submitted; the provider checks. */
		PENDING(VerificationStatus.PENDING),
		/** The provider's own reviewer looks at it. */
		NEEDS_REVIEW(VerificationStatus.NEEDS_REVIEW),
		/** Verified: Sumsub GREEN, Persona approved or completed. */
		APPROVED(VerificationStatus.COMPLETED),
		/** Rejected for good: Sumsub RED and FINAL, Persona declined. */
		REJECTED_FINAL(VerificationStatus.FAILED),
		/** Rejected with a retry: Sumsub RED and RETRY, Persona failed. */
		REJECTED_RETRY(VerificationStatus.FAILED),
		/**
		 * The provider set the applicant back (Sumsub reset) or let the link expire: a
		 * new link.
		 */
		RESET(VerificationStatus.CREATED),
		/** Anything else the provider tells: kept, changes nothing. */
		OTHER(null);

		private final VerificationStatus status;

		Kind(VerificationStatus status) {
			this.status = status;
		}

		/** The verification's status after it, or null when it changes none. */
		VerificationStatus status() {
			return status;
		}

		/** Whether the waiting application moves on it. */
		boolean decides() {
			return this == APPROVED || this == REJECTED_FINAL || this == REJECTED_RETRY || this == RESET;
		}

	}

}
