package io.onboarding.orchestrator.api.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import io.onboarding.orchestrator.api.FieldError;

/**
 * Builds the RFC 9457 problems the API answers with; the type names the kind of problem.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String type, String detail, String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(status.getReasonPhrase());
		if (instance != null) {
			problem.setInstance(URI.create(instance));
		}
		return problem;
	}

	/**
	 * The database could not be reached (down, or every connection busy): the request may
	 * be sent again.
	 */
	public static ProblemDetail unavailable(String instance) {
		return of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				"The service could not reach its database (unavailable or busy). Retry the same request in a few "
						+ "seconds with the same Idempotency-Key: a request that was applied after all is then "
						+ "answered as it was, never applied twice",
				instance);
	}

	public static ProblemDetail invalid(List<FieldError> errors, String instance) {
		String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
				: errors.size() + " fields are invalid";
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", detail, instance);
		problem.setProperty("errors", errors);
		return problem;
	}

}
