package io.onboarding.orchestrator.api;

import java.util.List;

/** A request whose fields break the rules: 400 with every violation listed. */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequestException(List<FieldError> errors) {
		super("The request has " + errors.size() + " invalid field(s)");
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

}
