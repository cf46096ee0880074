package io.onboarding.orchestrator.client;

import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * The advisory KYC status of a client (SPEC 3.1), derived from its current application:
 * the decision if there is one, else whether the application is being reviewed or waits.
 */
public enum KycStatus implements WireValue {

	NOT_STARTED, PENDING, IN_REVIEW, APPROVED, REJECTED, EXPIRED;

}
