package io.onboarding.orchestrator.api;

/** A body past the limit of its endpoint: 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String detail) {
		super(detail);
	}

}
