package io.onboarding.orchestrator.screening.lists;

import io.onboarding.orchestrator.api.PayloadTooLargeException;

/** A list file beyond {@code onboarding.screening.max-list-size}. */
public class ListTooLargeException extends PayloadTooLargeException {

	public ListTooLargeException(long limit) {
		super("The list file is larger than " + limit + " bytes (onboarding.screening.max-list-size)");
	}

}
