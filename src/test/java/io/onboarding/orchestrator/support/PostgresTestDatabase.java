package io.onboarding.orchestrator.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the integration tests a PostgreSQL database of their own: created on
 * 127.0.0.1:5432 when the first test context starts, dropped when the JVM ends. Host,
 * port and user can be changed with the TEST_PG_HOST, TEST_PG_PORT and TEST_PG_USER
 * environment variables. The service under test connects through a {@link DatabaseProxy},
 * so that a test can stage an outage.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String HOST = env("TEST_PG_HOST", "127.0.0.1");

	private static final String PORT = env("TEST_PG_PORT", "5432");

	private static final String USER = env("TEST_PG_USER", "postgres");

	private static final String PASSWORD = env("TEST_PG_PASSWORD", "");

	private static String database;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = database();
		// The service reaches PostgreSQL through a relay that a test can cut
		// (DatabaseOutageIT).
		DatabaseProxy relay = DatabaseProxy.to(HOST, Integer.parseInt(PORT));
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestDatabase",
					Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + name,
							"spring.datasource.username", USER, "spring.datasource.password", PASSWORD,
							// the database decides the mode; the quick start's defaults
							// must not leak into tests
							"onboarding.quick-start", false)));
	}

	public static synchronized String database() {
		if (database == null) {
			database = "onboarding_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute("CREATE DATABASE " + database);
			String created = database;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> dropWhenReleased(created)));
		}
		return database;
	}

	/**
	 * A further database of its own for a test that runs the service in separate
	 * processes.
	 */
	public static String createDatabase(String purpose) {
		String name = "onboarding_it_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		execute("CREATE DATABASE " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropWhenReleased(name)));
		return name;
	}

	/** The environment that points a service process at a database of the tests. */
	public static java.util.Map<String, String> environmentFor(String name) {
		return java.util.Map.of("DB_URL", url(name), "DB_USER", USER, "DB_PASSWORD", PASSWORD);
	}

	public static String url(String name) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
	}

	/**
	 * Drops the database once the test contexts, which close in their own shutdown hooks
	 * at the same time, have let go of it; forces it after ten seconds. Dropping at once
	 * would cut their connections under the job executor and fill the log with its
	 * errors.
	 */
	private static void dropWhenReleased(String name) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name);
				return;
			}
			catch (SQLException stillInUse) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " is needed by the integration "
					+ "tests (start it, see README): " + e.getMessage(), e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
