package io.onboarding.orchestrator.api.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import io.onboarding.orchestrator.infrastructure.SafeLog;
import io.onboarding.orchestrator.api.ProblemWriter;

/**
 * The last resort for failures in servlet filters (the idempotency store, say), which no
 * controller advice sees, and for what fails at the commit of a transaction a filter
 * holds: a database outage becomes a 503 problem with Retry-After, a concurrent update a
 * 409, anything else a bare 500 problem; never the container's error page or a stack
 * trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FailureFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(FailureFilter.class);

	private final ProblemWriter problems;

	FailureFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (response.isCommitted()) {
				throw failure;
			}
			resetKeepingHeaders(response);
			if (DatabaseUnavailable.causedBy(failure)) {
				log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
						failure.getClass().getName());
				response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
				problems.write(response, Problems.unavailable(request.getRequestURI()));
			}
			else if (causedByConcurrentUpdate(failure)) {
				// found at commit, after the controller had answered (a request in the
				// transaction of its Idempotency-Key): the same answer as when the
				// controller sees it
				problems.write(request, response, HttpStatus.CONFLICT, "concurrent-update",
						"The resource was changed by another request at the same time; read it again and retry");
			}
			else {
				log.error("Unexpected failure on {} {}: {}", request.getMethod(), request.getRequestURI(),
						SafeLog.describe(failure));
				problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
						"The request could not be completed; it has been logged");
			}
		}
	}

	/**
	 * Drops the body and status written so far, keeping the headers (request id, security
	 * headers).
	 */
	private static void resetKeepingHeaders(HttpServletResponse response) {
		Map<String, List<String>> kept = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
					&& !name.equalsIgnoreCase(HttpHeaders.LOCATION)) {
				kept.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		response.reset();
		kept.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
	}

	private static boolean causedByConcurrentUpdate(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OptimisticLockingFailureException || t instanceof PessimisticLockingFailureException) {
				return true;
			}
		}
		return false;
	}

}
