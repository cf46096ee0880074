package io.onboarding.orchestrator.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
	 * due, so that events arrive in the order they happened.
	 */
	List<Claim> claim(int limit, Duration lease) {
		Instant now = clock.instant();
		Instant leasedUntil = now.plus(lease);
		return transactions.execute(status -> {
			// Only the deliveries table is in FROM: SKIP LOCKED then means "rows another
			// node holds".
			List<UUID> due = jdbc.queryForList("SELECT d.id FROM webhook_deliveries d "
					+ "WHERE d.status = 'pending' AND d.next_attempt_at <= ? "
					+ "AND (d.locked_until IS NULL OR d.locked_until < ?) "
					+ "AND d.endpoint_id IN (SELECT p.id FROM webhook_endpoints p WHERE p.enabled AND NOT p.deleted) "
					+ "AND NOT EXISTS (SELECT 1 FROM webhook_deliveries o WHERE o.endpoint_id = d.endpoint_id "
					+ "AND o.client_id = d.client_id AND o.status = 'pending' AND o.seq < d.seq) "
					+ "ORDER BY d.next_attempt_at, d.seq LIMIT ? FOR UPDATE SKIP LOCKED", UUID.class,
					Timestamp.from(now), Timestamp.from(now), limit);
			List<Claim> claims = new ArrayList<>();
			for (UUID id : due) {
				claims.add(jdbc.queryForObject(
						"SELECT d.id, d.event_id, d.endpoint_id, d.attempts, e.payload, "
								+ "e.created_at FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id "
								+ "WHERE d.id = ?",
						(rs, i) -> new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
								rs.getObject(3, UUID.class), rs.getInt(4), rs.getString(5),
								rs.getTimestamp(6).toInstant(), leasedUntil),
						id));
			}
			for (Claim claim : claims) {
				jdbc.update("UPDATE webhook_deliveries SET locked_until = ? WHERE id = ?", Timestamp.from(leasedUntil),
						claim.id());
			}
			return claims;
		});
	}

	/**
	 * Records an attempt that the endpoint accepted. Returns false if the lease was lost
	 * meanwhile.
	 */
	boolean delivered(Claim claim, int statusCode, Duration took) {
		Instant now = clock.instant();
		return Boolean.TRUE.equals(transactions.execute(status -> {
			int updated = jdbc.update(
					"UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, "
							+ "delivered_at = ?, last_status_code = ?, last_error = NULL, next_attempt_at = NULL, "
							+ "locked_until = NULL WHERE id = ? AND locked_until = ?",
					DELIVERED, Timestamp.from(now), statusCode, claim.id(), Timestamp.from(claim.leasedUntil()));
			if (updated == 1) {
				logAttempt(claim.id(), now, statusCode, null, took);
			}
			return updated == 1;
		}));
	}

	/**
	 * Records a failed attempt: tried again at {@code nextAttempt}, or failed for good
	 * when it is null. Returns false if the lease was lost meanwhile.
	 */
	boolean attemptFailed(Claim claim, Integer statusCode, String error, Duration took, Instant nextAttempt) {
		Instant now = clock.instant();
		String shortError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
		return Boolean.TRUE.equals(transactions.execute(status -> {
			int updated = jdbc.update(
					"UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, "
							+ "last_status_code = ?, last_error = ?, next_attempt_at = ?, locked_until = NULL "
							+ "WHERE id = ? AND locked_until = ?",
					nextAttempt == null ? FAILED : PENDING, statusCode, shortError,
					nextAttempt == null ? null : Timestamp.from(nextAttempt), claim.id(),
					Timestamp.from(claim.leasedUntil()));
			if (updated == 1) {
				logAttempt(claim.id(), now, statusCode, shortError, took);
			}
			return updated == 1;
		}));
	}

	private void logAttempt(UUID deliveryId, Instant at, Integer statusCode, String error, Duration took) {
		Integer last = jdbc.queryForObject("SELECT max(attempt) FROM webhook_delivery_attempts WHERE delivery_id = ?",
				Integer.class, deliveryId);
		jdbc.update(
				"INSERT INTO webhook_delivery_attempts (delivery_id, attempt, attempted_at, status_code, error, "
						+ "duration_ms) VALUES (?, ?, ?, ?, ?, ?)",
				deliveryId, last == null ? 1 : last + 1, Timestamp.from(at), statusCode, error, took.toMillis());
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

	/** A delivery this node holds until {@code leasedUntil}. */
	record Claim(UUID id, UUID eventId, UUID endpointId, int attempts, String payload, Instant eventCreatedAt,
			Instant leasedUntil) {
	}

	record Page(List<Delivery> deliveries, long total) {
	}

	record DeliveryFilter(String status, UUID endpointId, String eventType) {
	}

}
