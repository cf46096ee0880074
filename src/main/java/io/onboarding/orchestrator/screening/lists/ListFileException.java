package io.onboarding.orchestrator.screening.lists;

import io.onboarding.orchestrator.api.InvalidRequestException;

/**
 * A list file that can't be read, naming where: "line 12: ...", "INDIVIDUAL at line 40:
 * ...". The list in force stays.
 */
public class ListFileException extends InvalidRequestException {

	public ListFileException(String message) {
		super("body", message);
	}

	public ListFileException(String message, Throwable cause) {
		super("body", message);
		initCause(cause);
	}

	/** Where the file went wrong: "line 12: ...". */
	@Override
	public String getMessage() {
		return errors().get(0).message();
	}

}
