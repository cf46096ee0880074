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

	/** At most this many labels are kept, each cut to {@link #LABEL_LENGTH}. */
	static final int MAX_LABELS = 10;

	static final int LABEL_LENGTH = 190;

	/**
	 * The labels as stored and handed to the process: comma-separated (a comma within a
	 * label, as in a reviewer's free comment, would split it) and within their column
	 * (2,000 characters), whatever the provider sent.
	 */
	public ProviderEvent {
		labels = labels == null ? List.of()
				: labels.stream()
					.filter(label -> label != null && !label.isBlank())
					.map(label -> label.replace(',', ';').strip())
					.map(label -> label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH) : label)
					.limit(MAX_LABELS)
					.toList();
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
