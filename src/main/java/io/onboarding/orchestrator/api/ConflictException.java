package io.onboarding.orchestrator.api;

/** A state conflict, such as a concurrent update: 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String detail) {
		super(detail);
	}

}
