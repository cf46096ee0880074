package io.onboarding.orchestrator.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the service's tables, for what the API does not show (yet): the webhook events
 * recorded. Registered only in the test context.
 */
public final class Database {

	private final JdbcTemplate jdbc;

	public Database(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Map<String, Object>> eventsOf(UUID clientId) {
		return jdbc.queryForList(
				"SELECT module, type, payload FROM webhook_events WHERE client_id = ? " + "ORDER BY created_at",
				clientId);
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

}
