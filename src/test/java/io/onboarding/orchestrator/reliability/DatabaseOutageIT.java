package io.onboarding.orchestrator.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.DatabaseProxy;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * PostgreSQL goes away under load and comes back (the service's connections run through a
 * {@link DatabaseProxy}, which breaks them all and refuses new ones): meanwhile every
 * request is answered 503 problem+json with Retry-After, never a 500 or a hang;
 * afterwards the service serves again by itself, every request retried with its
 * Idempotency-Key is stored exactly once, every onboarding finishes and every event is
 * delivered.
 *
 * <p>
 * {@code ./mvnw verify} takes the database away once; the long run as often as asked:
 * {@code ./mvnw verify -Dit.test=DatabaseOutageIT -Dreliability.outages=10}.
 */
@IntegrationTest
class DatabaseOutageIT {

	private static final int WORKERS = 4;

	private static final int OUTAGES = Integer.getInteger("reliability.outages", 1);

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final WebhookListener listener = WebhookListener.start();

	@AfterEach
	void stop() {
		DatabaseProxy.current().restore();
		listener.close();
		new Database(jdbc).retireWebhookEndpoints();
	}

	@Test
	void duringAnOutageRequestsGet503AndAfterItNothingIsLostDoubledOrHalfWritten() throws Exception {
		Api api = Api.at(port).asIntegrator();
		listener.subscribe(api, "/outage", List.of("clients.created"));
		String run = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Payload> requests = new ConcurrentHashMap<>();
		Map<String, Api.Response> answers = new ConcurrentHashMap<>();
		List<Api.Response> refusals = new CopyOnWriteArrayList<>();
		List<String> withoutAnswer = new CopyOnWriteArrayList<>();
		AtomicInteger created = new AtomicInteger();
		AtomicInteger sequence = new AtomicInteger();
		AtomicBoolean loading = new AtomicBoolean(true);

		ExecutorService load = Executors.newFixedThreadPool(WORKERS);
		for (int i = 0; i < WORKERS; i++) {
			load.submit(() -> {
				while (loading.get()) {
					String key = run + "-" + sequence.incrementAndGet();
					Payload request = Payload.individual()
						.set("workflow.kycLevel", "NOT_REQUIRED")
						.set("data.client.profile.email", "outage-" + key + "@example.com");
					requests.put(key, request);
					try {
						Api.Response answer = api.withHeader("Idempotency-Key", key).post("/clients", request);
						answers.put(key, answer);
						if (answer.status() == 201) {
							created.incrementAndGet();
						}
						else {
							refusals.add(answer);
						}
					}
					catch (RuntimeException noAnswer) {
						// the client's own 30 s timeout, or a connection the service
						// dropped: a hang, which an outage must never cause (asserted
						// below)
						withoutAnswer.add(key + ": " + noAnswer);
					}
				}
				return null;
			});
		}
		try {
			await().atMost(PATIENCE).until(() -> created.get() >= 10);
			for (int outage = 1; outage <= OUTAGES; outage++) {
				int refusedBefore = refusals.size();
				DatabaseProxy.current().cut();
				await().atMost(PATIENCE).until(() -> refusals.size() >= refusedBefore + WORKERS * 2);
				DatabaseProxy.current().restore();

				int createdBeforeRecovery = created.get();
				await().atMost(PATIENCE)
					.alias("the service recovers by itself")
					.until(() -> created.get() >= createdBeforeRecovery + 10);
			}
		}
		finally {
			// whatever happened, the load must not run on into the tests after this one
			DatabaseProxy.current().restore();
			loading.set(false);
			load.shutdown();
			assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		}

		assertThat(withoutAnswer).as("every request answered, none hung or cut off").isEmpty();
		assertThat(refusals).allSatisfy(refusal -> {
			assertThat(refusal.status()).as(refusal.toString()).isEqualTo(503);
			assertThat(refusal.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refusal.header("Retry-After")).isNotBlank();
			assertThat(refusal.json().path("type").asText()).isEqualTo("/problems/service-unavailable");
			assertThat(refusal.text()).doesNotContain("Exception").doesNotContain("at org.");
		});

		// The integrator resends what was refused or got no answer, as the problem asks,
		// with its key.
		Set<String> unanswered = requests.keySet()
			.stream()
			.filter(key -> !answers.containsKey(key) || answers.get(key).status() != 201)
			.collect(Collectors.toSet());
		for (String key : unanswered) {
			await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
				Api.Response retried = api.withHeader("Idempotency-Key", key).post("/clients", requests.get(key));
				answers.put(key, retried);
				return retried.status() == 201;
			});
		}

		Set<String> clientIds = answers.values()
			.stream()
			.map(answer -> answer.json().path("data").path("client").path("id").asText())
			.collect(Collectors.toSet());
		assertThat(clientIds).as("one client per key").hasSize(requests.size());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM clients WHERE search_email LIKE ?", Integer.class,
				"outage-" + run + "-%"))
			.as("stored exactly once each")
			.isEqualTo(requests.size());

		await().atMost(PATIENCE)
			.pollInterval(Duration.ofSeconds(1))
			.alias("every onboarding finishes")
			.until(() -> clientIds.stream()
				.allMatch(id -> "active"
					.equals(api.get("/clients/" + id).json().path("data").path("client").path("status").asText())));
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofSeconds(1))
			.alias("every event is delivered")
			.until(() -> deliveredClients().containsAll(clientIds));
		Map<String, Long> deliveriesPerEvent = listener.received("/outage")
			.stream()
			.filter(webhook -> clientIds.contains(webhook.json().path("data").path("client").path("id").asText()))
			.collect(Collectors.groupingBy(webhook -> webhook.header("webhook-id"), Collectors.counting()));
		assertThat(deliveriesPerEvent).as("one event per client").hasSize(clientIds.size());
		Reliability.report("database-outage",
				Map.of("outages", OUTAGES, "requests", requests.size(), "refused with 503", refusals.size(),
						"clients stored once", clientIds.size(), "lost", requests.size() - deliveriesPerEvent.size()));
	}

	private Set<String> deliveredClients() {
		return listener.received("/outage")
			.stream()
			.map(webhook -> webhook.json().path("data").path("client").path("id").asText())
			.collect(Collectors.toSet());
	}

}
