package io.onboarding.orchestrator.api.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (an outage,
 * a failover, a pool that could not get a connection in time), wherever it surfaced: in
 * Spring's data access, in Hibernate or inside the process engine. Such a request is
 * answered 503 with Retry-After: the integrator can retry it unchanged, and with its
 * Idempotency-Key a request that was applied after all (the connection broke during its
 * commit) is answered as it was.
 */
final class DatabaseUnavailable {

	/** How long an integrator is asked to wait before retrying. */
	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			// Decided by the cause, not by Spring's wrapper types, which also wrap
			// programming errors.
			if (t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException) {
				return true;
			}
			// SQLSTATE class 08 is "connection exception"; 57P01-57P03 are shutdown and
			// "cannot connect now" (PostgreSQL starting or in recovery).
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (t instanceof SQLException && thrownByAnEvictedConnection(t)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HikariCP closes a connection that failed with a connection error and puts a
	 * stand-in in its place, which answers everything (a rollback, say) with a bare
	 * "Connection is closed".
	 */
	private static boolean thrownByAnEvictedConnection(Throwable failure) {
		StackTraceElement[] frames = failure.getStackTrace();
		return frames.length > 0 && Arrays.stream(frames)
			.limit(3)
			.anyMatch(frame -> frame.getClassName()
				.startsWith("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection"));
	}

}
