package io.onboarding.orchestrator.application;

import io.onboarding.orchestrator.infrastructure.WireValue;

/** What an officer decides at a review, as Tasklist's form and the API name it. */
enum ReviewOutcome implements WireValue {

	APPROVE, DECLINE, REQUEST_INFORMATION, RETURN_FOR_REVISION;

	/**
	 * A verdict, as the second review of a high-risk approval takes: approve or decline.
	 */
	boolean isVerdict() {
		return this == APPROVE || this == DECLINE;
	}

}
