package io.onboarding.orchestrator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.WebhookListener;
import io.onboarding.orchestrator.support.WebhookListener.Answer;

/**
 * Webhooks from the commit to a real HTTP listener: signed, retried, ordered, observable
 * (SPEC 8).
 */
@IntegrationTest
class WebhookDeliveryIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String FLAKY_MARKER = "Flakylistenerclient";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	io.onboarding.orchestrator.webhook.EventPublisher publisher;

	@Autowired
	WebhookEndpoints endpoints;

	Api api;

	WebhookListener listener;

	Database database;

	@BeforeEach
	void start() {
		api = Api.at(port).asIntegrator();
		database = new Database(jdbc);
		listener = WebhookListener.start();
	}

	@AfterEach
	void stop() {
		listener.close();
		// endpoints of other tests must not collect this test's events, nor this test's
		// theirs
		database.retireWebhookEndpoints();
	}

	@Test
	void integratorReceivesClientCreatedSignedAsStandardWebhooksDefine() throws Exception {
		JsonNode endpoint = register("/hooks", List.of("clients.created"));
		String secret = endpoint.path("secret").asText();
		assertThat(secret).startsWith("whsec_");
		assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);

		String clientId = createClient();

		WebhookListener.Received webhook = awaitOne("/hooks", clientId);
		new Webhook(secret).verify(webhook.body(), webhook.headers());
		assertThat(webhook.header("webhook-signature")).startsWith("v1,");
		assertThat(webhook.header("Content-Type")).startsWith("application/json");
		assertThat(webhook.header("User-Agent")).contains("Onboarding-Orchestrator");
		JsonNode body = webhook.json();
		assertThat(body.path("webhook").path("module").asText()).isEqualTo("clients");
		assertThat(body.path("webhook").path("type").asText()).isEqualTo("created");
		assertThat(body.path("data").path("client").path("id").asText()).isEqualTo(clientId);
		assertThat(body.has("connect")).isTrue();
		assertThat(body.has("metadata")).isTrue();
		assertThat(api.get("/webhooks/endpoints/" + endpoint.path("id").asText()).json().has("secret"))
			.as("the secret is shown once")
			.isFalse();
	}

	@Test
	void aFailingListenerGetsTheSameWebhookIdUntilItAccepts() {
		AtomicInteger calls = new AtomicInteger();
		// only this test's client counts: a client of an earlier test may still publish
		// late
		listener.answer(request -> request.body().contains(FLAKY_MARKER) && calls.incrementAndGet() <= 2
				? Answer.status(500) : Answer.status(200));
		register("/flaky", List.of("clients.created"));

		String client = createClient(FLAKY_MARKER);

		await().atMost(PATIENCE).until(() -> receivedFor("/flaky", client).size() >= 2);
		UUID delivery = onlyDelivery(client);
		assertThat(deliveryStatus(delivery)).isEqualTo("pending");
		comeDue(delivery); // the third attempt is planned 5 minutes on: bring it forward
		await().atMost(PATIENCE).until(() -> "delivered".equals(deliveryStatus(delivery)));

		List<WebhookListener.Received> received = receivedFor("/flaky", client);
		assertThat(received).hasSize(3);
		assertThat(received).extracting(r -> r.header("webhook-id")).containsOnly(received.get(0).header("webhook-id"));
		JsonNode detail = api.get("/webhooks/deliveries/" + delivery).json();
		assertThat(detail.path("status").asText()).isEqualTo("delivered");
		assertThat(detail.path("attempts").asInt()).isEqualTo(3);
		assertThat(detail.path("lastResponseCode").asInt()).isEqualTo(200);
		assertThat(detail.path("attemptHistory")).extracting(a -> a.path("responseCode").asInt())
			.containsExactly(500, 500, 200);
	}

	@Test
	void aListenerThatNeverAcceptsLeavesAFailedDeliveryThatRedeliverySends() {
		listener.answer(request -> Answer.status(503));
		register("/down", List.of("clients.created"));
		String client = createClient();
		await().atMost(PATIENCE).until(() -> !receivedFor("/down", client).isEmpty());
		UUID delivery = onlyDelivery(client);

		// the schedule's last attempt, a day on
		jdbc.update("UPDATE webhook_deliveries SET attempts = ? WHERE id = ?", RetrySchedule.MAX_ATTEMPTS - 1,
				delivery);
		comeDue(delivery);
		await().atMost(PATIENCE).until(() -> "failed".equals(deliveryStatus(delivery)));
		assertThat(api.get("/webhooks/deliveries?status=failed&size=100").json().path("deliveries"))
			.extracting(d -> d.path("id").asText())
			.contains(delivery.toString());

		listener.answer(request -> Answer.status(202));
		Api.Response redelivered = api.post("/webhooks/deliveries/" + delivery + "/redeliver", "");
		assertThat(redelivered.status()).isEqualTo(202);
		await().atMost(PATIENCE).until(() -> "delivered".equals(deliveryStatus(delivery)));
	}

	@Test
	void aListenerThatHangsTimesOutAndIsRetried() {
		AtomicInteger calls = new AtomicInteger();
		listener.answer(request -> request.body().contains("Slowlistenerclient") && calls.incrementAndGet() == 1
				? Answer.status(200).after(Duration.ofSeconds(4)) : Answer.status(200));
		register("/slow", List.of("clients.created"));
		String client = createClient("Slowlistenerclient");

		await().atMost(PATIENCE).until(() -> {
			UUID delivery = deliveriesOfActiveEndpoints(client).stream().findFirst().orElse(null);
			return delivery != null && "timed out"
				.equals(api.get("/webhooks/deliveries/" + delivery).json().path("lastError").asText());
		});
		UUID delivery = onlyDelivery(client);
		assertThat(deliveryStatus(delivery)).isEqualTo("pending");

		comeDue(delivery); // the retry is planned a minute on: bring it forward
		await().atMost(PATIENCE).until(() -> "delivered".equals(deliveryStatus(delivery)));
		assertThat(receivedFor("/slow", client)).hasSize(2)
			.extracting(r -> r.header("webhook-id"))
			.containsOnly(receivedFor("/slow", client).get(0).header("webhook-id"));
		assertThat(api.get("/webhooks/deliveries/" + delivery).json().path("attemptHistory"))
			.extracting(a -> a.path("error").asText(null))
			.containsExactly("timed out", null);
	}

	@Test
	void retryAfterIsHonoured() {
		listener.answer(request -> Answer.status(429).withHeader("Retry-After", "120"));
		register("/busy", List.of("clients.created"));
		Instant sent = Instant.now();
		String client = createClient();

		await().atMost(PATIENCE)
			.until(() -> !receivedFor("/busy", client).isEmpty()
					&& api.get("/webhooks/deliveries/" + onlyDelivery(client)).json().path("attempts").asInt() == 1);
		Instant next = Instant
			.parse(api.get("/webhooks/deliveries/" + onlyDelivery(client)).json().path("nextAttemptAt").asText());
		assertThat(next).isAfter(sent.plusSeconds(110));
	}

	@Test
	void goneDisablesTheEndpoint() {
		listener.answer(request -> request.path().equals("/gone") ? Answer.status(410) : Answer.status(200));
		JsonNode endpoint = register("/gone", List.of("*"));
		createClient();

		await().atMost(PATIENCE)
			.until(() -> !api.get("/webhooks/endpoints/" + endpoint.path("id").asText())
				.json()
				.path("enabled")
				.asBoolean());
		assertThat(
				api.get("/webhooks/endpoints/" + endpoint.path("id").asText()).json().path("disabledReason").asText())
			.contains("410");
		int before = listener.received("/gone").size();
		register("/control", List.of("clients.created"));
		String later = createClient();
		// once a live endpoint has the later event, the dispatcher has had its chance to
		// send it to the disabled one too
		await().atMost(PATIENCE).until(() -> !receivedFor("/control", later).isEmpty());
		assertThat(listener.received("/gone")).hasSize(before);
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ? AND client_id = ?",
						Integer.class, UUID.fromString(endpoint.path("id").asText()), UUID.fromString(later)))
			.as("a disabled endpoint is not even queued for")
			.isZero();
	}

	@Test
	void eventsOfOneClientArriveInTheirOrder() {
		AtomicInteger calls = new AtomicInteger();
		listener.answer(request -> request.body().contains("Orderedclient") && calls.incrementAndGet() == 1
				? Answer.status(500) : Answer.status(200));
		register("/ordered", List.of("clients.created", "clients.updated"));

		String clientId = createClient("Orderedclient");
		await().atMost(PATIENCE).until(() -> receivedFor("/ordered", clientId).size() == 1);
		api.patch("/clients/" + clientId, Map.of("data", Map.of("client", Map.of("attributes", Map.of("n", "1")))));
		api.patch("/clients/" + clientId, Map.of("data", Map.of("client", Map.of("attributes", Map.of("n", "2")))));
		assertThat(receivedFor("/ordered", clientId)).as("later events wait for the first").hasSize(1);

		jdbc.update("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE status = 'pending' AND attempts > 0",
				java.sql.Timestamp.from(Instant.now()));
		await().atMost(PATIENCE).until(() -> receivedFor("/ordered", clientId).size() == 4);

		assertThat(receivedFor("/ordered", clientId))
			.extracting(r -> r.json().path("webhook").path("type").asText()
					+ (r.json().path("data").path("client").path("attributes").has("n")
							? r.json().path("data").path("client").path("attributes").path("n").asText() : ""))
			.containsExactly("created", "created", "updated1", "updated2");
	}

	@Test
	void anEventIsRecordedWithItsBodyOnlyWhenAnEndpointIsSubscribed() {
		// no endpoint of an earlier test may subscribe to this test's events
		database.retireWebhookEndpoints();
		String unheard = createClient("Unheardclient");
		awaitEvents(unheard, 2);
		assertThat(recordedBodies(unheard)).as("no endpoint: types recorded, no bodies")
			.containsExactly(entry("clients/created", "none"), entry("clients/status-changed", "none"));

		register("/created", List.of("clients.created"));
		String heard = createClient("Heardclient");
		awaitEvents(heard, 2);
		WebhookListener.Received delivered = awaitOne("/created", heard);
		assertThat(recordedBodies(heard)).as("the subscribed event keeps the body it was delivered with")
			.containsExactly(entry("clients/created", delivered.body()), entry("clients/status-changed", "none"));
		assertThat(delivered.json().path("data").path("client").path("profile").has("residentialAddress"))
			.as("webhooks show the profile without addresses, as the seed's created webhook")
			.isFalse();
		assertThat(deliveriesOfActiveEndpoints(heard)).hasSize(1);
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		register("/rollback", List.of("*"));
		UUID clientId = UUID.randomUUID();

		transactions.executeWithoutResult(status -> {
			publisher.publish("clients", "updated", clientId, () -> Map.of("client", Map.of("id", clientId)), Map.of());
			status.setRollbackOnly();
		});
		createClient();

		await().atMost(PATIENCE).until(() -> !listener.received("/rollback").isEmpty());
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM webhook_events WHERE client_id = ?", Integer.class, clientId))
			.isZero();
		assertThat(listener.received("/rollback"))
			.extracting(r -> r.json().path("data").path("client").path("id").asText())
			.doesNotContain(clientId.toString());
	}

	@Test
	void theConfiguredEndpointReceivesEveryEventSignedWithTheConfiguredSecret() throws Exception {
		String secret = "whsec_"
				+ java.util.Base64.getEncoder().encodeToString("configured-secret-of-tests!".getBytes());
		endpoints.configure(URI.create(listener.url("/configured")), secret);
		try {
			String clientId = createClient();
			WebhookListener.Received webhook = awaitOne("/configured", clientId);
			new Webhook(secret).verify(webhook.body(), webhook.headers());
		}
		finally {
			endpoints.unconfigure();
		}
	}

	@Test
	void deliveriesCanBeFilteredAndEndpointsDeleted() {
		JsonNode endpoint = register("/listed", List.of("clients.created"));
		String endpointId = endpoint.path("id").asText();
		String client = createClient();
		await().atMost(PATIENCE).until(() -> !receivedFor("/listed", client).isEmpty());
		UUID delivery = onlyDelivery(client);
		await().atMost(PATIENCE)
			.until(() -> api.get("/webhooks/deliveries?endpointId=" + endpointId + "&status=delivered")
				.json()
				.path("deliveries")
				.findValuesAsText("id")
				.contains(delivery.toString()));

		JsonNode page = api.get("/webhooks/deliveries?endpointId=" + endpointId + "&eventType=clients.created").json();
		assertThat(page.path("deliveries").findValuesAsText("id")).contains(delivery.toString());
		assertThat(page.path("metadata").path("page").path("totalElements").asLong())
			.isEqualTo(page.path("deliveries").size())
			.isPositive();
		assertThat(page.has("page")).isFalse();
		assertThat(api.get("/webhooks/deliveries?eventType=clients.updated&endpointId=" + endpointId)
			.json()
			.path("deliveries")).isEmpty();
		// statuses with an underscore are event types too
		Api.Response underReview = api
			.get("/webhooks/deliveries?eventType=applications.under_review&endpointId=" + endpointId);
		assertThat(underReview.status()).isEqualTo(200);
		assertThat(underReview.json().path("deliveries")).isEmpty();
		assertThat(api.get("/webhooks/deliveries?eventType=payments.created").errorFields())
			.containsExactly("eventType");
		assertThat(api.get("/webhooks/deliveries?eventType=clients.*").errorFields()).containsExactly("eventType");
		JsonNode endpoints = api.get("/webhooks/endpoints?size=1").json();
		assertThat(endpoints.path("endpoints")).hasSize(1);
		assertThat(endpoints.path("metadata").path("page").path("size").asInt()).isEqualTo(1);
		assertThat(endpoints.path("metadata").path("page").path("totalElements").asLong()).isPositive();
		assertThat(api.get("/webhooks/deliveries?status=lost").errorFields()).containsExactly("status");
		assertThat(api.get("/webhooks/deliveries/" + UUID.randomUUID()).status()).isEqualTo(404);

		assertThat(api.get("/webhooks/endpoints").json().path("endpoints")).extracting(e -> e.path("id").asText())
			.contains(endpointId);
		assertThat(api.delete("/webhooks/endpoints/" + endpointId).status()).isEqualTo(204);
		assertThat(api.get("/webhooks/endpoints/" + endpointId).status()).isEqualTo(404);
	}

	@Test
	void badEndpointsAreRefused() {
		Api.Response refused = api.post("/webhooks/endpoints", Map.of("url", "ftp://example.com/hook", "events",
				List.of("clients.created", "accounts.opened", "nonsense")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("url", "events[1]", "events[2]");
		assertThat(api.post("/webhooks/endpoints", Map.of("url", "https://example.com/hook")).errorFields())
			.containsExactly("events");
		assertThat(api.post("/webhooks/endpoints",
				Map.of("url", "https://example.com/hook", "events",
						List.of("applications.under_review", "applications.request_for_information")))
			.status()).as("statuses with underscores are event types too").isEqualTo(201);
		assertThat(Api.at(port).post("/webhooks/endpoints", Map.of()).status()).isEqualTo(401);
	}

	private JsonNode register(String path, List<String> events) {
		return listener.subscribe(api, path, events);
	}

	private String createClient() {
		return createClient("Doe");
	}

	private String createClient(String familyName) {
		Api.Response created = api.post("/clients",
				Payload.individual()
					.set("workflow.kycLevel", "NOT_REQUIRED")
					.set("data.client.identity.familyName", familyName));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private List<WebhookListener.Received> receivedFor(String path, String clientId) {
		return listener.received(path)
			.stream()
			.filter(r -> clientId.equals(r.json().path("data").path("client").path("id").asText()))
			.toList();
	}

	/** The webhook of this test's client: other tests' clients may still publish late. */
	private WebhookListener.Received awaitOne(String path, String clientId) {
		await().atMost(PATIENCE).until(() -> !receivedFor(path, clientId).isEmpty());
		return receivedFor(path, clientId).get(0);
	}

	/**
	 * The deliveries of this test's client: other tests' clients may still publish late.
	 */
	private List<UUID> deliveriesOfActiveEndpoints(String clientId) {
		return jdbc.queryForList(
				"SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id "
						+ "WHERE e.enabled AND NOT e.deleted AND d.client_id = ? ORDER BY d.seq",
				UUID.class, UUID.fromString(clientId));
	}

	private UUID onlyDelivery(String clientId) {
		List<UUID> deliveries = deliveriesOfActiveEndpoints(clientId);
		assertThat(deliveries).hasSize(1);
		return deliveries.get(0);
	}

	private String deliveryStatus(UUID delivery) {
		return jdbc.queryForObject("SELECT status FROM webhook_deliveries WHERE id = ?", String.class, delivery);
	}

	private void awaitEvents(String clientId, int count) {
		await().atMost(PATIENCE).until(() -> database.eventsOf(UUID.fromString(clientId)).size() >= count);
	}

	/** Each event recorded for the client, oldest first, with its body or "none". */
	private List<Map.Entry<String, String>> recordedBodies(String clientId) {
		return jdbc
			.query("SELECT module, type, payload FROM webhook_events WHERE client_id = ? ORDER BY created_at, id",
					(rs, row) -> entry(rs.getString("module") + "/" + rs.getString("type"),
							rs.getString("payload") == null ? "none" : rs.getString("payload")),
					UUID.fromString(clientId));
	}

	private void comeDue(UUID delivery) {
		jdbc.update("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?",
				java.sql.Timestamp.from(Instant.now()), delivery);
	}

}
