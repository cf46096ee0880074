package io.onboarding.orchestrator.infrastructure;

/**
 * A record looked up by an id that no record has. The API answers it with a 404 naming
 * the record ({@code api.NotFoundException} is one); a repository's
 * {@link RequiredReads#require} throws it.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what, Object id) {
		super(what + " " + id + " does not exist");
	}

}
