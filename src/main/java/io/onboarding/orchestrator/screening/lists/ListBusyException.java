package io.onboarding.orchestrator.screening.lists;

import io.onboarding.orchestrator.api.ConflictException;

/** A load of the list is under way: one at a time. */
public class ListBusyException extends ConflictException {

	public ListBusyException(String list) {
		super("A load of list " + list + " is running; try again when it has ended");
	}

}
