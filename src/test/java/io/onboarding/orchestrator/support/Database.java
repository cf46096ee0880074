package io.onboarding.orchestrator.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's tables, for what the API does not show or do: the webhook events
 * recorded, and clearing the endpoints tests registered. Each test builds it on its
 * {@link JdbcTemplate}.
 */
public final class Database {

	private final JdbcTemplate jdbc;

	public Database(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The events recorded for the client, oldest first: that they were recorded, in the
	 * transaction of their change (an event's body is kept only when an endpoint is
	 * subscribed to it, so its payload is left out). That recorded events are delivered,
	 * whatever their type (the dispatcher never looks at it), is WebhookDeliveryIT's,
	 * ClosedConnectionIT's and the reliability scenarios' to prove; KycApplicationIT also
	 * receives the application's.
	 */
	public List<Map<String, Object>> eventsOf(UUID clientId) {
		return jdbc.queryForList("SELECT module, type FROM webhook_events WHERE client_id = ? ORDER BY created_at",
				clientId);
	}

	/**
	 * Retires every endpoint, so that none registered by an earlier test collects the
	 * next test's events: the tests share one database.
	 */
	public void retireWebhookEndpoints() {
		jdbc.update("UPDATE webhook_endpoints SET deleted = TRUE, enabled = FALSE");
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

}
