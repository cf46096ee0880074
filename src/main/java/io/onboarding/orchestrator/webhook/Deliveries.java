package io.onboarding.orchestrator.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.NotFoundException;

/**
 * The deliveries table: claims due deliveries with row locks that other nodes skip,
 * records each attempt's outcome under the claim's lease, and answers the observability
 * API.
 */
@Component
class Deliveries {

	static final String PENDING = "pending";
	static final String DELIVERED = "delivered";
	static final String FAILED = "failed";

	private static final String VIEW_COLUMNS = "d.id, d.event_id, d.endpoint_id, d.event_type, d.status, d.attempts, "
			+ "d.next_attempt_at, d.last_status_code, d.last_error, d.created_at, d.delivered_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Deliveries(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Claims up to {@code limit} due deliveries for this node until the lease ends, those
	 * due longest first (the due index gives that order, so a claim stops at its batch
	 * however many wait). Per endpoint and client only the oldest pending delivery is
	 * due, so that events arrive in the order they happened. Three statements whatever
	 * the batch: the ids locked, their payloads read, their lease written.
	 */
	List<Claim> claim(int limit, Duration lease) {
		Instant now = clock.instant();
		Instant leasedUntil = now.plus(lease);
		return transactions.execute(status -> {
			// Only the deliveries table is in FROM: SKIP LOCKED then means "rows another
			// node holds" (H2, the quick start's database, has no FOR UPDATE OF).
			List<UUID> due = jdbc.queryForList("SELECT d.id FROM webhook_deliveries d "
					+ "WHERE d.status = 'pending' AND d.next_attempt_at <= ? "
					+ "AND (d.locked_until IS NULL OR d.locked_until < ?) "
					+ "AND d.endpoint_id IN (SELECT p.id FROM webhook_endpoints p WHERE p.enabled AND NOT p.deleted) "
					+ "AND NOT EXISTS (SELECT 1 FROM webhook_deliveries o WHERE o.endpoint_id = d.endpoint_id "
					+ "AND o.client_id = d.client_id AND o.status = 'pending' AND o.seq < d.seq) "
					+ "ORDER BY d.next_attempt_at, d.seq LIMIT ? FOR UPDATE SKIP LOCKED", UUID.class,
					Timestamp.from(now), Timestamp.from(now), limit);
			if (due.isEmpty()) {
				return List.of();
			}
			String ids = String.join(", ", Collections.nCopies(due.size(), "?"));
			List<Claim> claims = jdbc.query(
					"SELECT d.id, d.event_id, d.endpoint_id, d.attempts, e.payload, e.created_at "
							+ "FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE d.id IN ("
							+ ids + ") ORDER BY d.next_attempt_at, d.seq",
					(rs, i) -> new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getObject(3, UUID.class), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
							leasedUntil),
					due.toArray());
			List<Object> leaseArguments = new ArrayList<>();
			leaseArguments.add(Timestamp.from(leasedUntil));
			leaseArguments.addAll(due);
			jdbc.update("UPDATE webhook_deliveries SET locked_until = ? WHERE id IN (" + ids + ")",
					leaseArguments.toArray());
			return claims;
		});
	}

	/**
	 * Records a batch's attempts in one transaction: each delivery's outcome (delivered,
	 * to be tried again at {@code nextAttempt}, or failed for good) under the claim's
	 * lease, and each attempt in the log. Returns the attempts recorded: one whose lease
	 * ran out meanwhile is another node's now, and is left to it.
	 */
	List<Attempt> record(List<Attempt> attempts) {
		if (attempts.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		return transactions.execute(status -> {
			int[][] updated = jdbc.batchUpdate("UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, "
					+ "delivered_at = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?, locked_until = NULL "
					+ "WHERE id = ? AND locked_until = ?", attempts, attempts.size(), (ps, attempt) -> {
						ps.setString(1, attempt.status());
						ps.setTimestamp(2, attempt.delivered() ? Timestamp.from(now) : null);
						ps.setObject(3, attempt.statusCode(), Types.INTEGER);
						ps.setString(4, attempt.error());
						ps.setTimestamp(5,
								attempt.nextAttempt() == null ? null : Timestamp.from(attempt.nextAttempt()));
						ps.setObject(6, attempt.claim().id());
						ps.setTimestamp(7, Timestamp.from(attempt.claim().leasedUntil()));
					});
			List<Attempt> recorded = new ArrayList<>();
			for (int i = 0; i < attempts.size(); i++) {
				int count = updated[0][i];
				if (count > 0 || count == Statement.SUCCESS_NO_INFO) {
					recorded.add(attempts.get(i));
				}
			}
			// the log numbers attempts on from those before, a redelivery's too
			jdbc.batchUpdate(
					"INSERT INTO webhook_delivery_attempts (delivery_id, attempt, attempted_at, status_code, "
							+ "error, duration_ms) SELECT CAST(? AS UUID), COALESCE(MAX(attempt), 0) + 1, "
							+ "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS INTEGER), CAST(? AS VARCHAR(500)), "
							+ "CAST(? AS BIGINT) " + "FROM webhook_delivery_attempts WHERE delivery_id = ?",
					recorded, recorded.size(), (ps, attempt) -> {
						ps.setObject(1, attempt.claim().id());
						ps.setTimestamp(2, Timestamp.from(now));
						ps.setObject(3, attempt.statusCode(), Types.INTEGER);
						ps.setString(4, attempt.error());
						ps.setLong(5, attempt.took().toMillis());
						ps.setObject(6, attempt.claim().id());
					});
			return recorded;
		});
	}

	/**
	 * Sends a delivery again at once, whatever became of it, as long as its endpoint
	 * still listens.
	 */
	Delivery redeliver(UUID id) {
		Delivery delivery = find(id);
		transactions.executeWithoutResult(status -> {
			Boolean active = jdbc.queryForObject("SELECT enabled AND NOT deleted FROM webhook_endpoints WHERE id = ?",
					Boolean.class, delivery.endpointId());
			if (!Boolean.TRUE.equals(active)) {
				throw new BusinessRuleException("The endpoint of this delivery is disabled or deleted");
			}
			jdbc.update("UPDATE webhook_deliveries SET status = ?, attempts = 0, next_attempt_at = ?, "
					+ "locked_until = NULL WHERE id = ?", PENDING, Timestamp.from(clock.instant()), id);
		});
		return find(id);
	}

	Delivery find(UUID id) {
		return jdbc
			.query("SELECT " + VIEW_COLUMNS + " FROM webhook_deliveries d WHERE d.id = ?", Deliveries::delivery, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Webhook delivery", id));
	}

	List<Delivery.Attempt> attempts(UUID id) {
		return jdbc.query(
				"SELECT attempt, attempted_at, status_code, error, duration_ms FROM webhook_delivery_attempts "
						+ "WHERE delivery_id = ? ORDER BY attempt",
				(rs, i) -> new Delivery.Attempt(rs.getInt("attempt"), rs.getTimestamp("attempted_at").toInstant(),
						(Integer) rs.getObject("status_code"), rs.getString("error"), rs.getLong("duration_ms")),
				id);
	}

	/** A page of deliveries, newest first, with the total that matches. */
	Page list(DeliveryFilter filter, int page, int size) {
		List<Object> arguments = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (filter.status() != null) {
			where.append(" AND d.status = ?");
			arguments.add(filter.status());
		}
		if (filter.endpointId() != null) {
			where.append(" AND d.endpoint_id = ?");
			arguments.add(filter.endpointId());
		}
		if (filter.eventType() != null) {
			where.append(" AND d.event_type = ?");
			arguments.add(filter.eventType());
		}
		long total = jdbc.queryForObject("SELECT count(*) FROM webhook_deliveries d" + where, Long.class,
				arguments.toArray());
		List<Object> paged = new ArrayList<>(arguments);
		paged.add(size);
		paged.add((long) page * size);
		List<Delivery> deliveries = jdbc.query(
				"SELECT " + VIEW_COLUMNS + " FROM webhook_deliveries d" + where
						+ " ORDER BY d.created_at DESC, d.seq DESC LIMIT ? OFFSET ?",
				Deliveries::delivery, paged.toArray());
		return new Page(deliveries, total);
	}

	long backlog() {
		return jdbc.queryForObject("SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'", Long.class);
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		Timestamp next = rs.getTimestamp("next_attempt_at");
		Timestamp delivered = rs.getTimestamp("delivered_at");
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("event_type"), rs.getObject("endpoint_id", UUID.class), rs.getString("status"),
				rs.getInt("attempts"), (Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
				next == null ? null : next.toInstant(), rs.getTimestamp("created_at").toInstant(),
				delivered == null ? null : delivered.toInstant(), null);
	}

	/**
	 * One attempt at a claimed delivery: accepted ({@code delivered}), or failed and
	 * tried again at {@code nextAttempt}, or failed for good when that is null.
	 */
	record Attempt(Claim claim, boolean delivered, Integer statusCode, String error, Duration took,
			Instant nextAttempt) {

		Attempt {
			error = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
		}

		String status() {
			return delivered ? DELIVERED : nextAttempt == null ? FAILED : PENDING;
		}

	}

	/** A delivery this node holds until {@code leasedUntil}. */
	record Claim(UUID id, UUID eventId, UUID endpointId, int attempts, String payload, Instant eventCreatedAt,
			Instant leasedUntil) {
	}

	record Page(List<Delivery> deliveries, long total) {
	}

	record DeliveryFilter(String status, UUID endpointId, String eventType) {
	}

}
