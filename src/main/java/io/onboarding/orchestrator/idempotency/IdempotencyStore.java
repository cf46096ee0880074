package io.onboarding.orchestrator.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys in the database, so that they hold across restarts and across the
 * instances of a cluster. A key is claimed in a transaction of its own before the request
 * runs; it is completed in the request's transaction (see IdempotencyFilter).
 */
@Component
class IdempotencyStore {

	static final String IN_FLIGHT = "in_flight";
	static final String COMPLETED = "completed";

	private final JdbcTemplate jdbc;

	private final IdempotencySettings settings;

	private final Clock clock;

	IdempotencyStore(JdbcTemplate jdbc, IdempotencySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	sealed interface Claim {

	}

	/** The key is ours since {@code claimedAt}: run the request. */
	record Claimed(Instant claimedAt) implements Claim {
	}

	/** The key was used with another request. */
	record Mismatch() implements Claim {
	}

	/** The first request with this key is still running. */
	record InFlight() implements Claim {
	}

	/** The first request finished: answer as it did. */
	record Replay(int status, String contentType, String location, String body) implements Claim {
	}

	Claim claim(String owner, String key, String requestHash) {
		// as precise as the column keeps it, so that the claim can be recognised by its
		// time
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		try {
			jdbc.update("INSERT INTO idempotency_keys (owner, idempotency_key, request_hash, state, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)", owner, key, requestHash, IN_FLIGHT, Timestamp.from(now));
			return new Claimed(now);
		}
		catch (DuplicateKeyException taken) {
			return existing(owner, key, requestHash, now);
		}
	}

	private Claim existing(String owner, String key, String requestHash, Instant now) {
		List<Stored> rows = jdbc.query(
				"SELECT request_hash, state, response_status, response_type, "
						+ "response_location, response_body, created_at FROM idempotency_keys "
						+ "WHERE owner = ? AND idempotency_key = ?",
				(rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getTimestamp(7)),
				owner, key);
		if (rows.isEmpty()) {
			// released between our insert and this read: try once more
			return claim(owner, key, requestHash);
		}
		Stored stored = rows.get(0);
		if (!stored.requestHash().equals(requestHash)) {
			return new Mismatch();
		}
		if (COMPLETED.equals(stored.state())) {
			return new Replay(stored.status(), stored.contentType(), stored.location(), stored.body());
		}
		Instant abandonedBefore = now.minus(settings.inFlightTimeout());
		if (stored.createdAt().toInstant().isBefore(abandonedBefore)) {
			int taken = jdbc.update(
					"UPDATE idempotency_keys SET created_at = ? WHERE owner = ? "
							+ "AND idempotency_key = ? AND state = ? AND created_at = ?",
					Timestamp.from(now), owner, key, IN_FLIGHT, stored.createdAt());
			if (taken == 1) {
				return new Claimed(now);
			}
		}
		return new InFlight();
	}

	/**
	 * Stores the answer, if the claim is still ours: a request that outran the in-flight
	 * timeout may have been taken over by a retry, and then only the retry's answer
	 * counts.
	 */
	boolean complete(String owner, String key, Instant claimedAt, int status, String contentType, String location,
			String body) {
		return jdbc.update("UPDATE idempotency_keys SET state = ?, response_status = ?, response_type = ?, "
				+ "response_location = ?, response_body = ? WHERE owner = ? AND idempotency_key = ? AND state = ? "
				+ "AND created_at = ?", COMPLETED, status, contentType, location, body, owner, key, IN_FLIGHT,
				Timestamp.from(claimedAt)) == 1;
	}

	/**
	 * Forgets a claim whose request failed on our side, so that the integrator may retry
	 * it.
	 */
	void release(String owner, String key, Instant claimedAt) {
		jdbc.update("DELETE FROM idempotency_keys WHERE owner = ? AND idempotency_key = ? AND state = ? "
				+ "AND created_at = ?", owner, key, IN_FLIGHT, Timestamp.from(claimedAt));
	}

	/** Every instance may run this: deleting expired keys twice does no harm. */
	@Scheduled(fixedDelayString = "${onboarding.idempotency.cleanup-interval:PT1H}", initialDelayString = "PT1M")
	int removeExpired() {
		Instant expired = clock.instant().minus(settings.retention());
		return jdbc.update("DELETE FROM idempotency_keys WHERE created_at < ?", Timestamp.from(expired));
	}

	private record Stored(String requestHash, String state, int status, String contentType, String location,
			String body, Timestamp createdAt) {
	}

}
