package io.onboarding.orchestrator.api;

import io.onboarding.orchestrator.infrastructure.RecordNotFoundException;

/** An unknown id: 404. */
public class NotFoundException extends RecordNotFoundException {

	public NotFoundException(String what, Object id) {
		super(what, id);
	}

}
