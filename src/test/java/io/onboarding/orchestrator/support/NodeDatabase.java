package io.onboarding.orchestrator.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A database of its own for tests that run the packaged service in separate processes
 * (restarts, crashes, a cluster): the environment that points nodes at it, and plain JDBC
 * to check what they stored, independent of any node.
 */
public record NodeDatabase(String name) {

	public static final String INTEGRATOR_KEY = "nodes-integrator-key";

	public static final String OPERATOR_KEY = "nodes-operator-key";

	public static final String ADMIN_PASSWORD = "nodes-admin-password";

	public static NodeDatabase create(String purpose) {
		return new NodeDatabase(PostgresTestDatabase.createDatabase(purpose));
	}

	/**
	 * What every node of a test gets: the database, an integrator and an operator key,
	 * webhooks to the listener (every event), the provider stub, and short polls, locks
	 * and claims so that a node's work left behind by a crash is taken up in seconds
	 * rather than minutes.
	 */
	public Map<String, String> environment(WebhookListener listener) {
		Map<String, String> environment = new HashMap<>(PostgresTestDatabase.environmentFor(name));
		environment.put("ONBOARDING_API_KEYS",
				"nodes-integrator:integrator:" + INTEGRATOR_KEY + ",nodes-operator:operator:" + OPERATOR_KEY);
		environment.put("ONBOARDING_ADMIN_PASSWORD", ADMIN_PASSWORD);
		environment.put("ONBOARDING_WEBHOOKS_ENCRYPTION_KEY", "nodes-encryption-key");
		environment.put("ONBOARDING_WEBHOOKS_URL", listener.url("/configured"));
		environment.put("ONBOARDING_WEBHOOKS_SECRET", "whsec_cmVzaWxpZW5jZS1zZWNyZXQtb2YtdGVzdHM=");
		environment.put("ONBOARDING_WEBHOOKS_ALLOW_PRIVATE_NETWORK", "true");
		environment.put("ONBOARDING_WEBHOOKS_POLL_INTERVAL", "200ms");
		environment.put("ONBOARDING_WEBHOOKS_LEASE", "PT15S");
		environment.put("ONBOARDING_PROVIDERS_RAILSBANK_BASE_URL", ProviderStub.server().baseUrl() + "/railsbank");
		environment.put("ONBOARDING_PROVIDERS_RAILSBANK_API_KEY", ProviderStub.API_KEY);
		environment.put("ONBOARDING_PROVIDERS_RAILSBANK_RETRY_CYCLE", ProviderStub.RETRY_CYCLE);
		environment.put("ONBOARDING_MIGRATIONS_POLL_INTERVAL", "500ms");
		environment.put("ONBOARDING_IDEMPOTENCY_IN_FLIGHT_TIMEOUT", "PT10S");
		environment.put("CAMUNDA_BPM_JOB_EXECUTION_WAIT_TIME_IN_MILLIS", "200");
		environment.put("CAMUNDA_BPM_JOB_EXECUTION_MAX_WAIT", "1000");
		environment.put("CAMUNDA_BPM_JOB_EXECUTION_LOCK_TIME_IN_MILLIS", "10000");
		return environment;
	}

	public long count(String sql) {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	public Set<String> strings(String sql) {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			Set<String> values = new HashSet<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			return values;
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	public void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	private Connection connect() throws SQLException {
		Map<String, String> credentials = PostgresTestDatabase.environmentFor(name);
		return DriverManager.getConnection(credentials.get("DB_URL"), credentials.get("DB_USER"),
				credentials.get("DB_PASSWORD"));
	}
}
