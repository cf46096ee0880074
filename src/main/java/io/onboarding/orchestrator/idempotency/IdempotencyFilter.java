package io.onboarding.orchestrator.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.onboarding.orchestrator.api.BufferedBodyFilter;
import io.onboarding.orchestrator.api.ProblemWriter;

/**
 * {@code Idempotency-Key} on POST (SPEC 2): the same key and body replay the stored response with
 * {@code Idempotent-Replayed: true}; the same key with another body is a 422; the same key while
 * the first request runs is a 409. Keys belong to the API key that used them.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 20)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(request instanceof BufferedBodyFilter.BufferedBodyRequest buffered)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters");
            return;
        }
        String owner = authentication.getName();
        IdempotencyStore.Claim claim = store.claim(owner, key, hash(request, buffered.body()));
        if (claim instanceof IdempotencyStore.Replay replay) {
            replay(response, replay);
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was used with a different request");
        } else if (claim instanceof IdempotencyStore.InFlight) {
            problems.write(request, response, HttpStatus.CONFLICT, "idempotency-key-in-flight",
                    "A request with this Idempotency-Key is still running; retry later");
        } else {
            run(request, response, chain, owner, key);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String owner,
            String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                store.complete(owner, key, recorded.getStatus(), recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(owner, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyStore.Replay replay) throws IOException {
        response.setStatus(replay.status());
        response.setHeader(REPLAYED, "true");
        if (replay.contentType() != null) {
            response.setContentType(replay.contentType());
        }
        if (replay.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, replay.location());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (replay.body() != null) {
            byte[] body = replay.body().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** The request's fingerprint: method, path, query and body. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
