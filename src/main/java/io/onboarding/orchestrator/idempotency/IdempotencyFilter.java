package io.onboarding.orchestrator.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.onboarding.orchestrator.api.BufferedBodyFilter;
import io.onboarding.orchestrator.api.ProblemWriter;

/**
 * {@code Idempotency-Key} on POST (SPEC 2): the same key and body replay the stored
 * response with {@code Idempotent-Replayed: true}; the same key with another body is a
 * 422; the same key while the first request runs is a 409. Keys belong to the API key
 * that used them.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 20)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";
	static final String REPLAYED = "Idempotent-Replayed";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotencyStore store;

	private final ProblemWriter problems;

	private final TransactionTemplate transactions;

	IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.problems = problems;
		this.transactions = new TransactionTemplate(transactionManager);
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
		}
		else if (claim instanceof IdempotencyStore.Mismatch) {
			problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
					"This Idempotency-Key was used with a different request");
		}
		else if (claim instanceof IdempotencyStore.InFlight) {
			problems.write(request, response, HttpStatus.CONFLICT, "idempotency-key-in-flight",
					"A request with this Idempotency-Key is still running; retry later");
		}
		else if (claim instanceof IdempotencyStore.Claimed claimed) {
			run(request, response, chain, new Owned(owner, key, claimed.claimedAt()));
		}
	}

	/** A key this request holds, recognised by the time it was claimed. */
	private record Owned(String owner, String key, Instant claimedAt) {
	}

	/**
	 * How a keyed request ended: kept with its key, answered without change, or overtaken
	 * by a retry.
	 */
	private enum Outcome {

		KEPT, REFUSED, TAKEN_OVER

	}

	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Owned claim)
			throws ServletException, IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		Outcome outcome = Outcome.REFUSED;
		try {
			// A success and its key commit in one transaction (the request's own joins
			// it): a crash or an outage between the two can neither keep the client
			// without its key, which a retry would create a second time, nor the key
			// without the client.
			outcome = transactions.execute(transaction -> {
				proceed(chain, request, recorded);
				Outcome ended = !isSuccess(recorded.getStatus()) ? Outcome.REFUSED
						// false: this request outran the in-flight timeout and a retry
						// took the key over
						: complete(claim, recorded) ? Outcome.KEPT : Outcome.TAKEN_OVER;
				if (ended != Outcome.KEPT) {
					transaction.setRollbackOnly();
				}
				return ended;
			});
			// a refusal is an answer too: the same request gets it again
			completed = outcome == Outcome.KEPT
					|| (outcome == Outcome.REFUSED && recorded.getStatus() < 500 && complete(claim, recorded));
		}
		catch (ChainFailure failure) {
			failure.rethrow();
		}
		finally {
			if (!completed && outcome != Outcome.TAKEN_OVER) {
				release(claim);
			}
		}
		if (outcome == Outcome.TAKEN_OVER) {
			response.setHeader(HttpHeaders.LOCATION, null);
			problems.write(request, response, HttpStatus.CONFLICT, "idempotency-key-in-flight",
					"A retry with this Idempotency-Key took over while this request ran too long; nothing of it was "
							+ "kept. Send it again to get the retry's answer");
			return;
		}
		recorded.copyBodyToResponse();
	}

	private boolean complete(Owned claim, ContentCachingResponseWrapper recorded) {
		return store.complete(claim.owner(), claim.key(), claim.claimedAt(), recorded.getStatus(),
				recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
				new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	/**
	 * Forgets the claim; if even that fails (the database is gone), the claim expires by
	 * itself.
	 */
	private void release(Owned claim) {
		try {
			store.release(claim.owner(), claim.key(), claim.claimedAt());
		}
		catch (RuntimeException stillFailing) {
			log.warn("Idempotency claim left to expire: {}", stillFailing.getClass().getName());
		}
	}

	private static boolean isSuccess(int status) {
		return status >= 200 && status < 300;
	}

	private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException e) {
			throw new ChainFailure(e);
		}
	}

	/** Carries the chain's checked exceptions through the transaction callback. */
	private static final class ChainFailure extends RuntimeException {

		ChainFailure(Exception cause) {
			super(cause);
		}

		void rethrow() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) getCause();
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
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
