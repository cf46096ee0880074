package io.onboarding.orchestrator.client;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.SafeLog;

/**
 * The number of clients per status and type, from the deltas a PostgreSQL trigger records
 * with every change (V8). A list filtered by nothing but status and type then answers its
 * totalElements from a handful of rows instead of counting a million. The deltas are
 * folded every minute, on any node: one statement deletes them and writes their sums
 * back, so nothing is counted twice.
 */
@Component
public class ClientCounts {

	private static final Logger log = LoggerFactory.getLogger(ClientCounts.class);

	private final JdbcTemplate jdbc;

	private final boolean kept;

	ClientCounts(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.kept = isPostgres(dataSource);
	}

	/**
	 * Whether the counts are kept here; the quick start's H2 has no trigger and counts
	 * directly.
	 */
	boolean kept() {
		return kept;
	}

	/** Clients of the status and type (either may be null: any). */
	long count(String status, String type) {
		Long count = jdbc.queryForObject("SELECT coalesce(sum(delta), 0) FROM client_count_deltas "
				+ "WHERE (CAST(? AS VARCHAR) IS NULL OR status = ?) AND (CAST(? AS VARCHAR) IS NULL OR type = ?)",
				Long.class, status, status, type, type);
		return count == null ? 0 : count;
	}

	/**
	 * Clients per status, for the metrics: from the kept counts where they are kept, so
	 * that the figure refreshed every 30 s on every node does not scan a million clients
	 * each time.
	 */
	public Map<String, Long> byStatus() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(kept ? "SELECT status, sum(delta) FROM client_count_deltas GROUP BY status HAVING sum(delta) <> 0"
				: "SELECT status, count(*) FROM clients GROUP BY status", row -> {
					counts.put(row.getString(1), row.getLong(2));
				});
		return counts;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${onboarding.clients.count-fold-interval:PT1M}")
	void fold() {
		if (!kept) {
			return;
		}
		try {
			jdbc.update("WITH folded AS (DELETE FROM client_count_deltas RETURNING status, type, delta) "
					+ "INSERT INTO client_count_deltas (status, type, delta) "
					+ "SELECT status, type, sum(delta) FROM folded GROUP BY status, type");
		}
		catch (RuntimeException e) {
			log.warn("Client counts could not be folded: {}", SafeLog.describe(e));
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("The database could not be asked what it is", e);
		}
	}

}
