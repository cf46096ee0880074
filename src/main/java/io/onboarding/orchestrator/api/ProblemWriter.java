package io.onboarding.orchestrator.api;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import io.onboarding.orchestrator.api.web.Problems;

/**
 * Writes a problem straight to the response: from a servlet filter, where no controller
 * advice can answer, and for a body too large, wherever it is refused.
 */
@Component
public class ProblemWriter {

	private final ObjectMapper objectMapper;

	ProblemWriter(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detail) throws IOException {
		write(response, Problems.of(status, type, detail, request.getRequestURI()));
	}

	/**
	 * A 413 that closes the connection, the rest of the body unread. Written whole, so
	 * that Tomcat sends its length: an answer that ended only with the connection (what a
	 * converter's flush makes of it) can reach the client as a reset instead of an end.
	 */
	public void tooLarge(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
		response.setHeader(HttpHeaders.CONNECTION, "close");
		write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", detail);
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader("Cache-Control", "no-store");
		objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
