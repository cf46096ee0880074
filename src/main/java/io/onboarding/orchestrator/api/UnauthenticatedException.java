package io.onboarding.orchestrator.api;

/**
 * The caller did not show who it is: a provider's callback whose signature is missing,
 * wrong or stale. A 401 problem; its message says what failed, never the secret or the
 * body.
 */
public class UnauthenticatedException extends RuntimeException {

	public UnauthenticatedException(String message) {
		super(message);
	}

}
