package io.onboarding.orchestrator.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.NodeDatabase;
import io.onboarding.orchestrator.support.ProviderStub;
import io.onboarding.orchestrator.support.VerificationStubs;
import io.onboarding.orchestrator.support.ServiceProcess;
import io.onboarding.orchestrator.support.WebhookListener;
import io.onboarding.orchestrator.support.WebhookListener.Answer;

/**
 * The packaged service killed hard (SIGKILL) under load: creations, officers' decisions,
 * Sumsub's callbacks (resent, and doubled), a bulk migration and webhook deliveries in
 * flight, and others waiting for their retry (the listener refuses half of them until the
 * last restart). Started again on the same database, and after the integrator resent what
 * got no answer (with its Idempotency-Key), {@link Audit} finds every client stored once
 * and active, no application decided twice, every process instance ended, every recorded
 * event delivered, and the keys answered before the crash still replaying.
 *
 * <p>
 * {@code ./mvnw verify} kills it once; the long run kills it as often as asked:
 * {@code ./mvnw verify -Dit.test=CrashRecoveryIT -Dreliability.crashes=10}.
 */
class CrashRecoveryIT {

	private static final int CRASHES = Integer.getInteger("reliability.crashes", 1);

	private static final int MIGRATED = 20;

	@TempDir
	Path workingDirectory;

	private volatile ServiceProcess node;

	@Test
	void aNodeKilledUnderLoadLosesNothingAndFinishesEverything() throws Exception {
		NodeDatabase database = NodeDatabase.create("crash");
		String run = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		ProviderSources sources = new ProviderSources(run + "source-", MIGRATED, 500);
		Ledger ledger = new Ledger();
		try (WebhookListener listener = WebhookListener.start()) {
			// Until the last restart the listener refuses half the webhooks: deliveries
			// waiting for their retry are in the database when the node dies, next to
			// sends in flight.
			AtomicBoolean refusing = new AtomicBoolean(true);
			Set<WebhookListener.Received> refused = ConcurrentHashMap.newKeySet();
			listener.answer(webhook -> {
				if (refusing.get() && webhook.header("webhook-id").hashCode() % 2 == 0) {
					refused.add(webhook);
					return Answer.status(503);
				}
				return Answer.status(204);
			});
			Map<String, String> environment = new java.util.HashMap<>(database.environment(listener));
			// FULL_KYC applicants verify at "Sumsub" first: its callbacks are in flight
			// too
			environment.putAll(VerificationStubs.nodeEnvironment(ProviderStub.server()));
			node = ServiceProcess.start(workingDirectory, environment).awaitStarted();
			OnboardingLoad load = new OnboardingLoad(ledger, run, () -> node.api().as(NodeDatabase.INTEGRATOR_KEY),
					() -> node.api().as(NodeDatabase.OPERATOR_KEY))
				.verifyingAtSumsub(() -> node.api());
			Api.Response batch = ledger.send(node.api().as(NodeDatabase.INTEGRATOR_KEY), run + "migration",
					"/migrations", sources.bulkMigration());
			assertThat(batch.status()).as(batch.toString()).isEqualTo(202);

			long migrationsRunning = 0;
			for (int crash = 1; crash <= CRASHES; crash++) {
				int answeredBefore = ledger.entries().size();
				load.start(3);
				await().atMost(Audit.PATIENCE)
					.pollInterval(Duration.ofMillis(200))
					.until(() -> ledger.entries().size() >= answeredBefore + 30);
				// the node dies with webhooks waiting for their retry (on a busy
				// machine the first refusals may come a moment after the 30th answer)
				await().atMost(Audit.PATIENCE)
					.pollInterval(Duration.ofMillis(100))
					.until(() -> database
						.count("SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'") > 0);
				long deliveriesWaiting = database
					.count("SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'");
				migrationsRunning += database
					.count("SELECT count(*) FROM migrations WHERE status IN ('queued', 'running')");
				assertThat(deliveriesWaiting).as("webhooks still to deliver when the node dies").isPositive();
				node.kill();
				load.stop();
				if (crash == CRASHES) {
					// Before the last start, not after it: a send the new node makes
					// while it starts would otherwise be refused and its retry set for
					// later (5 min at its second failure) after the UPDATE below,
					// beyond the audit's patience.
					refusing.set(false);
				}
				node = ServiceProcess.start(workingDirectory, environment).awaitStarted();
			}
			// what the retry schedule set for later (5 s, 5 min...) is due now, as
			// after the wait
			database.execute("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending'");

			Audit audit = new Audit(database, ledger, listener);
			audit.resendUnanswered(() -> node.api().as(NodeDatabase.INTEGRATOR_KEY),
					() -> node.api().as(NodeDatabase.OPERATOR_KEY));
			audit.everyClientStoredOnceAndActive(load);
			String batchPath = batch.header("Location");
			Audit.patiently()
				.alias("the bulk migration completes")
				.until(() -> "completed".equals(node.api()
					.as(NodeDatabase.INTEGRATOR_KEY)
					.get(batchPath)
					.json()
					.path("data")
					.path("batch")
					.path("status")
					.asText()));
			assertThat(database.count("SELECT count(*) FROM migrations WHERE status = 'completed'"))
				.isEqualTo(MIGRATED);
			audit.nothingLeftBehind();
			audit.everyVerdictAppliedOnce();
			Map<String, Long> delivered = audit.everyEventDeliveredNoneInvented(webhook -> !refused.contains(webhook));
			audit.keysStillReplay(() -> node.api().as(NodeDatabase.INTEGRATOR_KEY));
			Reliability.report("crash",
					Map.of("crashes", CRASHES, "requests", ledger.entries().size(), "connections lost",
							ledger.connectionsLost(), "migrations cut", migrationsRunning, "provider callbacks",
							load.callbacksSent(), "events delivered", delivered.size(), "lost",
							database.count("SELECT count(*) FROM webhook_events") - delivered.size()));
		}
		finally {
			if (node != null) {
				node.close();
			}
		}
	}

}
