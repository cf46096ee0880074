package io.onboarding.orchestrator.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last resort for failures in servlet filters (the idempotency store, say), which no
 * controller advice sees: a database outage becomes a 503 problem with Retry-After, anything else
 * a bare 500 problem; never the container's error page or a stack trace.
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
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            String requestId = response.getHeader(RequestIdFilter.HEADER);
            response.reset();
            response.setHeader(RequestIdFilter.HEADER, requestId);
            if (DatabaseUnavailable.causedBy(failure)) {
                log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                        failure.getClass().getName());
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
                problems.write(response, Problems.unavailable(request.getRequestURI()));
            } else {
                log.error("Unexpected failure on {} {}: {}", request.getMethod(), request.getRequestURI(),
                        SafeLog.describe(failure));
                problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                        "The request could not be completed; it has been logged");
            }
        }
    }
}
