package io.onboarding.orchestrator.api;

/** An unknown id: 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " does not exist");
	}

}
