package io.onboarding.orchestrator.api;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import io.onboarding.orchestrator.api.web.Problems;

/** Writes a problem from a servlet filter, where no controller advice can answer. */
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

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader("Cache-Control", "no-store");
		objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
