package io.onboarding.orchestrator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.PostgresTestDatabase;
import io.onboarding.orchestrator.support.ServiceProcess;
import io.onboarding.orchestrator.support.WebhookListener;
import io.onboarding.orchestrator.support.WebhookListener.Answer;

/**
 * Webhooks when nodes die and when there are several: the packaged service in processes of its
 * own, on a PostgreSQL database of this test, with the configured endpoint pointing at a listener.
 */
class WebhookResilienceIT {

    private static final String KEY = "resilience-key-of-tests";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path workingDirectory;

    @Test
    void aNodeKilledWithDeliveriesPendingLosesNothing() throws Exception {
        String database = PostgresTestDatabase.createDatabase("restart");
        try (WebhookListener listener = WebhookListener.start()) {
            AtomicBoolean up = new AtomicBoolean(false);
            listener.answer(request -> up.get() ? Answer.status(204) : Answer.status(503));
            Map<String, String> environment = environment(database, listener);

            ServiceProcess first = ServiceProcess.start(workingDirectory, environment).awaitStarted();
            Api api = first.api().as(KEY);
            for (int i = 0; i < 10; i++) {
                assertThat(api.post("/clients", Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED")).status())
                        .isEqualTo(201);
            }
            await().atMost(PATIENCE).until(() -> count(database,
                    "SELECT count(*) FROM webhook_deliveries WHERE event_type = 'clients.created'") == 10);
            first.kill();

            java.time.Instant upAt = java.time.Instant.now();
            up.set(true);
            // what was planned for later is due now, as it would be after the wait
            execute(database, "UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending'");
            try (ServiceProcess second = ServiceProcess.start(workingDirectory, environment).awaitStarted()) {
                await().atMost(PATIENCE).until(() -> count(database, "SELECT count(*) FROM clients "
                        + "WHERE status = 'active'") == 10);
                await().atMost(PATIENCE).until(() -> count(database,
                        "SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'") == 0);
            }
            Set<String> eventIds = ids(database, "SELECT id FROM webhook_events");
            // only what the listener received once it accepted webhooks counts as delivered
            Set<String> accepted = listener.received().stream().filter(r -> r.at().isAfter(upAt))
                    .map(r -> r.header("webhook-id")).collect(Collectors.toSet());
            assertThat(accepted).containsAll(eventIds);
        }
    }

    @Test
    void twoNodesOnOneDatabaseDeliverEachEventOnce() throws Exception {
        String database = PostgresTestDatabase.createDatabase("cluster");
        try (WebhookListener listener = WebhookListener.start()) {
            listener.answer(request -> Answer.status(200).after(Duration.ofMillis(50)));
            Map<String, String> environment = environment(database, listener);
            try (ServiceProcess one = ServiceProcess.start(workingDirectory, environment).awaitStarted();
                    ServiceProcess two = ServiceProcess.start(workingDirectory, environment).awaitStarted()) {
                List<Api> nodes = List.of(one.api().as(KEY), two.api().as(KEY));
                for (int i = 0; i < 30; i++) {
                    Api.Response created = nodes.get(i % 2).post("/clients",
                            Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"));
                    assertThat(created.status()).isEqualTo(201);
                }
                await().atMost(PATIENCE).until(() -> count(database, "SELECT count(*) FROM clients "
                        + "WHERE status = 'active'") == 30);
                await().atMost(PATIENCE).until(() -> count(database,
                        "SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'") == 0);
            }
            List<String> received = listener.received().stream().map(r -> r.header("webhook-id")).toList();
            // each client: clients/created and clients/status-changed, each sent once by one of the nodes
            assertThat(received).hasSize(60).doesNotHaveDuplicates();
            assertThat(Set.copyOf(received)).isEqualTo(ids(database, "SELECT id FROM webhook_events"));
        }
    }

    private static Map<String, String> environment(String database, WebhookListener listener) {
        Map<String, String> environment = new HashMap<>(PostgresTestDatabase.environmentFor(database));
        environment.put("ONBOARDING_API_KEYS", "resilience:operator:" + KEY);
        environment.put("ONBOARDING_ADMIN_PASSWORD", "resilience-admin-password");
        environment.put("ONBOARDING_WEBHOOKS_ENCRYPTION_KEY", "resilience-encryption-key");
        environment.put("ONBOARDING_WEBHOOKS_URL", listener.url("/configured"));
        environment.put("ONBOARDING_WEBHOOKS_SECRET", "whsec_cmVzaWxpZW5jZS1zZWNyZXQtb2YtdGVzdHM=");
        environment.put("ONBOARDING_WEBHOOKS_ALLOW_PRIVATE_NETWORK", "true");
        environment.put("ONBOARDING_WEBHOOKS_POLL_INTERVAL", "200ms");
        environment.put("CAMUNDA_BPM_JOB_EXECUTION_WAIT_TIME_IN_MILLIS", "200");
        environment.put("CAMUNDA_BPM_JOB_EXECUTION_MAX_WAIT", "1000");
        return environment;
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> ids(String database, String sql) throws Exception {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }

    private static void execute(String database, String sql) throws Exception {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String database) throws Exception {
        Map<String, String> env = PostgresTestDatabase.environmentFor(database);
        return DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"));
    }
}
