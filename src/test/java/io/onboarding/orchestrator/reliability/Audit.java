package io.onboarding.orchestrator.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionFactory;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.NodeDatabase;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * What a sceptical auditor checks once the dust has settled, against the database itself
 * and the integrator's listener, whatever happened to the nodes: every request answered
 * (or resent with its key until it was), every client stored once and onboarded to the
 * end, no process instance or job left behind, every recorded event delivered and no
 * event delivered that was not recorded.
 */
final class Audit {

	static final Duration PATIENCE = Duration.ofMinutes(3);

	/**
	 * Waits up to {@link #PATIENCE}, asking every second (each ask is a query on the
	 * database).
	 */
	static ConditionFactory patiently() {
		return await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1));
	}

	private final NodeDatabase database;

	private final Ledger ledger;

	private final WebhookListener listener;

	Audit(NodeDatabase database, Ledger ledger, WebhookListener listener) {
		this.database = database;
		this.ledger = ledger;
		this.listener = listener;
	}

	/**
	 * The integrator's part after an outage or a crash: send what got no answer again,
	 * with its key.
	 */
	void resendUnanswered(Supplier<Api> integrator, Supplier<Api> officer) {
		patiently().until(() -> {
			for (Ledger.Entry entry : ledger.unanswered()) {
				Api api = entry.path().startsWith("/applications/") ? officer.get() : integrator.get();
				ledger.send(api, entry.key(), entry.path(), entry.body());
			}
			return ledger.unanswered().isEmpty();
		});
	}

	/**
	 * Every creation of the load: one client per key, in the database exactly once, and
	 * active.
	 */
	void everyClientStoredOnceAndActive(OnboardingLoad load) {
		List<Ledger.Entry> creations = ledger.entries()
			.stream()
			.filter(entry -> entry.path().equals("/clients"))
			.toList();
		assertThat(creations)
			.allSatisfy(entry -> assertThat(entry.answer().status()).as(entry.answer().toString()).isEqualTo(201));
		Set<String> clientIds = creations.stream()
			.map(entry -> entry.answer().json().path("data").path("client").path("id").asText())
			.collect(Collectors.toSet());
		assertThat(clientIds).as("one client per Idempotency-Key").hasSize(creations.size());
		String ofThisLoad = "search_email LIKE '" + load.marker() + "%'";
		assertThat(database.count("SELECT count(*) FROM clients WHERE " + ofThisLoad)).as("each stored exactly once")
			.isEqualTo(creations.size());
		patiently().alias("every onboarding ends active").until(() -> {
			load.approveWaiting();
			return database.count("SELECT count(*) FROM clients WHERE " + ofThisLoad + " AND status <> 'active'") == 0;
		});
		assertThat(database.count("SELECT count(*) FROM (SELECT application_id FROM application_decisions "
				+ "WHERE step <> 'migration' GROUP BY application_id, step HAVING count(*) > 1) twice"))
			.as("no application decided twice at one step (the provider's verdict, the review)")
			.isZero();
	}

	/**
	 * Every verification that the provider's callbacks reached took its verdict once: one
	 * GREEN applied per verification, whatever was resent, doubled or cut by a crash.
	 */
	void everyVerdictAppliedOnce() {
		long verifications = database.count("SELECT count(*) FROM verifications");
		assertThat(database.count("SELECT count(*) FROM verifications WHERE status = 'completed'"))
			.as("every verification completed")
			.isEqualTo(verifications)
			.isPositive();
		assertThat(database.count("SELECT count(*) FROM provider_callbacks WHERE event_type = 'applicantReviewed' "
				+ "AND outcome = 'applied'"))
			.as("one verdict applied per verification")
			.isEqualTo(verifications);
		assertThat(database.count("SELECT count(*) FROM (SELECT event_id FROM provider_callbacks "
				+ "GROUP BY provider, event_id HAVING count(*) > 1) twice"))
			.as("no callback stored twice")
			.isZero();
	}

	/** No process instance waits, no job is left, no incident was raised. */
	void nothingLeftBehind() {
		patiently().alias("every process instance ends")
			.until(() -> database.count("SELECT count(*) FROM act_ru_execution") == 0);
		assertThat(database.count("SELECT count(*) FROM act_ru_job WHERE handler_type_ <> 'history-cleanup'"))
			.as("jobs left")
			.isZero();
		assertThat(database.count("SELECT count(*) FROM act_hi_incident")).as("incidents ever raised").isZero();
	}

	/**
	 * Every event recorded is delivered to the listener, under its own webhook-id, and
	 * nothing arrives that was not recorded. A node killed after a send and before
	 * recording it sends that webhook again: at least once, with the same id, is the
	 * promise (Standard Webhooks).
	 */
	Map<String, Long> everyEventDeliveredNoneInvented() {
		return everyEventDeliveredNoneInvented(webhook -> true);
	}

	/**
	 * The same, counting only the webhooks the listener {@code accepted} (it refused some
	 * on purpose).
	 */
	Map<String, Long> everyEventDeliveredNoneInvented(Predicate<WebhookListener.Received> accepted) {
		patiently().alias("every delivery done")
			.until(() -> database.count("SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'") == 0);
		Set<String> recorded = database.strings("SELECT id FROM webhook_events");
		Map<String, Long> received = listener.received("/configured")
			.stream()
			.filter(accepted)
			.collect(Collectors.groupingBy(webhook -> webhook.header("webhook-id"), Collectors.counting()));
		assertThat(received.keySet()).as("delivered: every event recorded").containsAll(recorded);
		assertThat(recorded).as("recorded: every event delivered").containsAll(received.keySet());
		assertThat(listener.received("/configured")).extracting(webhook -> webhook.header("webhook-id"))
			.as("nothing sent, even refused, that was not recorded")
			.allMatch(recorded::contains);
		return received;
	}

	/** Keys answered before a crash still replay their first answer. */
	void keysStillReplay(Supplier<Api> integrator) {
		List<Ledger.Entry> creations = ledger.entries()
			.stream()
			.filter(entry -> entry.path().equals("/clients"))
			.toList();
		for (Ledger.Entry entry : creations) {
			Api.Response again = integrator.get()
				.withHeader("Idempotency-Key", entry.key())
				.post("/clients", entry.body());
			assertThat(again.status()).isEqualTo(201);
			assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
			assertThat(again.header("Location")).isEqualTo(entry.answer().header("Location"));
		}
	}

}
