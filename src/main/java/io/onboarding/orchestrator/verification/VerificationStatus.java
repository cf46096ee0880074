package io.onboarding.orchestrator.verification;

import io.onboarding.orchestrator.client.KycStatus;
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * Where a provider's verification stands, as the Dakota seed's provider statuses name it:
 * created, pending, needs_review, completed, failed; expired when nobody finished in
 * time.
 */
public enum VerificationStatus implements WireValue {

	CREATED, PENDING, NEEDS_REVIEW, COMPLETED, FAILED, EXPIRED;

	/**
	 * The client's advisory KYC status while it waits for the provider (SPEC 6.3, as
	 * Dakota derives it).
	 */
	KycStatus kycStatus() {
		return switch (this) {
			case CREATED -> KycStatus.NOT_STARTED;
			case PENDING, NEEDS_REVIEW -> KycStatus.IN_REVIEW;
			case COMPLETED -> KycStatus.APPROVED;
			case FAILED -> KycStatus.REJECTED;
			case EXPIRED -> KycStatus.EXPIRED;
		};
	}

	/**
	 * What the review form says, for an officer who does not know the provider's terms.
	 */
	String forOfficers() {
		return switch (this) {
			case CREATED -> "not started";
			case PENDING -> "being checked";
			case NEEDS_REVIEW -> "on hold for a manual check";
			case COMPLETED -> "verified";
			case FAILED -> "rejected";
			case EXPIRED -> "not finished in time";
		};
	}

	/** Whether the provider has said its last word on this link. */
	boolean isFinal() {
		return this == COMPLETED || this == FAILED || this == EXPIRED;
	}

	@jakarta.persistence.Converter(autoApply = true)
	static class Column extends WireValue.Column<VerificationStatus> {

		Column() {
			super(VerificationStatus.class);
		}

	}

}
