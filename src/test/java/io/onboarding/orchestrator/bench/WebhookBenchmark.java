package io.onboarding.orchestrator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.PostgresTestDatabase;
import io.onboarding.orchestrator.support.ServiceProcess;
import io.onboarding.orchestrator.support.WebhookListener;
import io.onboarding.orchestrator.support.WebhookListener.Answer;

/**
 * Webhook delivery on PostgreSQL, measured (not a test): the packaged service on a fresh
 * database, its configured endpoint a listener in this process.
 * <ol>
 * <li>drain: a backlog of deliveries, written by SQL while the endpoint was disabled,
 * sent once it is enabled: deliveries per second;</li>
 * <li>live: clients created over the API at a fixed concurrency: the delay from the
 * event's commit to its receipt (median, p99).</li>
 * </ol>
 * Run with {@code bench/webhooks.sh}.
 */
public final class WebhookBenchmark {

	private static final String KEY = "bench-key";

	public static void main(String[] args) throws Exception {
		int backlog = Integer.parseInt(System.getProperty("backlog", "5000"));
		int clients = Integer.parseInt(System.getProperty("clients", "500"));
		int concurrency = Integer.parseInt(System.getProperty("concurrency", "8"));
		String database = PostgresTestDatabase.createDatabase("bench");
		Path workingDirectory = Files.createTempDirectory("webhook-bench");
		try (WebhookListener listener = WebhookListener.start()) {
			listener.answer(request -> Answer.status(204));
			Map<String, String> environment = new HashMap<>(PostgresTestDatabase.environmentFor(database));
			environment.put("ONBOARDING_API_KEYS", "bench:operator:" + KEY);
			environment.put("ONBOARDING_ADMIN_PASSWORD", "bench-admin-password");
			environment.put("ONBOARDING_WEBHOOKS_ENCRYPTION_KEY", "bench-encryption-key");
			environment.put("ONBOARDING_WEBHOOKS_URL", listener.url("/bench"));
			environment.put("ONBOARDING_WEBHOOKS_SECRET", "whsec_YmVuY2gtc2VjcmV0LW9mLXdlYmhvb2tz");
			environment.put("ONBOARDING_WEBHOOKS_ALLOW_PRIVATE_NETWORK", "true");
			try (ServiceProcess service = ServiceProcess.start(workingDirectory, environment).awaitStarted()) {
				// warm-up
				create(service, 100, concurrency);
				awaitReceived(listener, 100);

				double drainRate = drain(database, listener, backlog);
				int before = listener.received().size();
				Instant started = Instant.now();
				create(service, clients, concurrency);
				awaitReceived(listener, before + clients);
				double createRate = clients / seconds(Duration.between(started, Instant.now()));
				List<Long> delays = delaysMillis(database, listener, before);

				System.out.println();
				System.out.println("| scenario | figure |");
				System.out.println("| --- | --- |");
				System.out.printf("| drain of %d pending deliveries | %.0f deliveries/s |%n", backlog, drainRate);
				System.out.printf("| live: %d clients at concurrency %d | %.0f clients (and webhooks)/s |%n", clients,
						concurrency, createRate);
				System.out.printf("| live: commit to receipt, median | %d ms |%n", percentile(delays, 50));
				System.out.printf("| live: commit to receipt, p99 | %d ms |%n", percentile(delays, 99));
				System.out.printf("| attempts that failed (then retried) | %s |%n", failedAttempts(database));
				System.out.printf("| machine | %d cores, PostgreSQL on the same machine |%n",
						Runtime.getRuntime().availableProcessors());
			}
		}
	}

	/**
	 * Writes a backlog of deliveries with the endpoint disabled, enables it, and times
	 * the drain.
	 */
	private static double drain(String database, WebhookListener listener, int backlog) throws Exception {
		int before = listener.received().size();
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			sql.execute("UPDATE webhook_endpoints SET enabled = FALSE");
			sql.execute("INSERT INTO webhook_events (id, module, type, client_id, payload, created_at) "
					+ "SELECT gen_random_uuid(), 'clients', 'updated', gen_random_uuid(), "
					+ "'{\"webhook\":{\"module\":\"clients\",\"type\":\"updated\"},\"data\":{},\"connect\":{},\"metadata\":{}}', "
					+ "now() FROM generate_series(1, " + backlog + ")");
			sql.execute(
					"INSERT INTO webhook_deliveries (id, event_id, endpoint_id, client_id, event_type, status, attempts, "
							+ "next_attempt_at, created_at) SELECT gen_random_uuid(), e.id, p.id, e.client_id, 'clients.updated', "
							+ "'pending', 0, now(), now() FROM webhook_events e CROSS JOIN webhook_endpoints p "
							+ "WHERE e.type = 'updated'");
			Instant started = Instant.now();
			sql.execute("UPDATE webhook_endpoints SET enabled = TRUE");
			awaitReceived(listener, before + backlog);
			return backlog / seconds(Duration.between(started, Instant.now()));
		}
	}

	private static void create(ServiceProcess service, int count, int concurrency) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		var api = service.api().as(KEY);
		for (int i = 0; i < count; i++) {
			pool.submit(() -> {
				var created = api.post("/clients", Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"));
				if (created.status() != 201) {
					throw new IllegalStateException("creation failed: " + created);
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(10, TimeUnit.MINUTES);
	}

	/**
	 * Receipt time minus the event's commit (its created_at, written in the committing
	 * transaction).
	 */
	private static List<Long> delaysMillis(String database, WebhookListener listener, int skip) throws Exception {
		Map<String, Instant> committed = new HashMap<>();
		try (Connection connection = connect(database);
				Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("SELECT id, created_at FROM webhook_events")) {
			while (rs.next()) {
				committed.put(rs.getString(1), rs.getTimestamp(2).toInstant());
			}
		}
		List<Long> delays = new ArrayList<>();
		List<WebhookListener.Received> received = listener.received();
		for (WebhookListener.Received r : received.subList(skip, received.size())) {
			Instant at = committed.get(r.header("webhook-id"));
			if (at != null) {
				delays.add(Duration.between(at, r.at()).toMillis());
			}
		}
		Collections.sort(delays);
		return delays;
	}

	/**
	 * Why attempts failed, if any did: a retried attempt waits at least 5 s, which shows
	 * in the p99.
	 */
	private static String failedAttempts(String database) throws Exception {
		StringBuilder failed = new StringBuilder();
		try (Connection connection = connect(database);
				Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("SELECT coalesce(error, 'HTTP ' || status_code), count(*) "
						+ "FROM webhook_delivery_attempts WHERE status_code IS NULL OR status_code >= 300 "
						+ "GROUP BY 1 ORDER BY 2 DESC")) {
			while (rs.next()) {
				failed.append(failed.isEmpty() ? "" : "; ").append(rs.getLong(2)).append(" ").append(rs.getString(1));
			}
		}
		return failed.isEmpty() ? "none" : failed.toString();
	}

	private static void awaitReceived(WebhookListener listener, int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
		while (listener.received().size() < count) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("only " + listener.received().size() + " of " + count + " arrived");
			}
			Thread.sleep(20);
		}
	}

	private static long percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return -1;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static Connection connect(String database) throws Exception {
		Map<String, String> env = PostgresTestDatabase.environmentFor(database);
		return DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"));
	}

	private WebhookBenchmark() {
	}

}
