package io.onboarding.orchestrator.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.BackgroundLoop;

import io.onboarding.orchestrator.infrastructure.SafeLog;

/**
 * Sends pending deliveries in the background, on every node: claims a batch (row locks
 * that other nodes skip), sends them in parallel, records each outcome, and waits for the
 * next commit or poll.
 */
@Component
class DeliveryDispatcher extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private final Deliveries deliveries;

	private final WebhookEndpoints endpoints;

	private final WebhookSender sender;

	private final WebhookMetrics metrics;

	private final WebhookSettings settings;

	private final Clock clock;

	private ExecutorService senders;

	DeliveryDispatcher(Deliveries deliveries, WebhookEndpoints endpoints, WebhookSender sender, DeliverySignal signal,
			WebhookMetrics metrics, WebhookSettings settings, Clock clock) {
		super("webhook-dispatcher", signal);
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.sender = sender;
		this.metrics = metrics;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void starting() {
		senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
			Thread thread = new Thread(runnable, "webhook-sender");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	protected void stopped() {
		// A delivery cut off here keeps its lease until it runs out; then any node
		// sends it again.
		senders.shutdownNow();
	}

	@Override
	protected Duration stopTimeout() {
		return settings.requestTimeout().plusSeconds(5);
	}

	@Override
	protected Duration pollInterval() {
		return settings.pollInterval();
	}

	/** A full batch means more is due: the next goes out at once. */
	@Override
	protected boolean round() throws InterruptedException {
		return dispatchOnce() >= settings.batchSize();
	}

	/**
	 * Claims and sends one batch, then records what became of it in one transaction;
	 * returns how many it claimed.
	 */
	int dispatchOnce() throws InterruptedException {
		List<Deliveries.Claim> claims = deliveries.claim(settings.batchSize(), settings.lease());
		// each endpoint read (and its secret decrypted) once a batch, not once a delivery
		Map<UUID, Optional<WebhookEndpoints.Target>> targets = new HashMap<>();
		for (Deliveries.Claim claim : claims) {
			targets.computeIfAbsent(claim.endpointId(), endpoints::target);
		}
		List<Future<Deliveries.Attempt>> sending = new ArrayList<>();
		for (Deliveries.Claim claim : claims) {
			sending.add(senders.submit(() -> attempt(claim, targets.get(claim.endpointId()))));
		}
		List<Deliveries.Attempt> attempts = new ArrayList<>();
		for (Future<Deliveries.Attempt> future : sending) {
			try {
				Deliveries.Attempt attempt = future.get();
				if (attempt != null) {
					attempts.add(attempt);
				}
			}
			catch (ExecutionException e) {
				log.warn("A webhook delivery could not be sent: {}", SafeLog.describe(e.getCause()));
			}
		}
		try {
			for (Deliveries.Attempt recorded : deliveries.record(attempts)) {
				count(recorded);
			}
		}
		catch (RuntimeException e) {
			// their leases run out and they are sent again: at least once
			log.warn("Webhook deliveries could not be recorded: {}", SafeLog.describe(e));
		}
		return claims.size();
	}

	/** Sends one delivery; null when its endpoint no longer listens. */
	private Deliveries.Attempt attempt(Deliveries.Claim claim, Optional<WebhookEndpoints.Target> target) {
		if (target.isEmpty() || !target.get().active()) {
			return null;
		}
		WebhookSender.Outcome outcome = sender.send(target.get().url(), target.get().secret(), claim.eventId(),
				claim.payload());
		if (outcome.accepted()) {
			return new Deliveries.Attempt(claim, true, outcome.statusCode(), null, outcome.took(), null);
		}
		if (outcome.gone()) {
			endpoints.disable(claim.endpointId(), "answered 410 Gone at " + clock.instant());
			return new Deliveries.Attempt(claim, false, outcome.statusCode(), "endpoint answered 410 Gone",
					outcome.took(), null);
		}
		Duration wait = RetrySchedule.after(claim.attempts() + 1, outcome.retryAfter());
		return new Deliveries.Attempt(claim, false, outcome.statusCode(), outcome.describe(), outcome.took(),
				wait == null ? null : clock.instant().plus(wait));
	}

	private void count(Deliveries.Attempt attempt) {
		if (attempt.delivered()) {
			metrics.delivered(Duration.between(attempt.claim().eventCreatedAt(), clock.instant()));
		}
		else if (attempt.nextAttempt() == null) {
			metrics.failed();
		}
		else {
			metrics.retried();
		}
	}

}
