package io.onboarding.orchestrator.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.BackgroundLoop;

import io.onboarding.orchestrator.infrastructure.SafeLog;
import java.util.concurrent.ExecutionException;

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
		// A delivery cut off here keeps its lease until it runs out; then any node sends
		// it again.
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

	/** Claims and sends one batch; returns how many it claimed. */
	int dispatchOnce() throws InterruptedException {
		List<Deliveries.Claim> claims = deliveries.claim(settings.batchSize(), settings.lease());
		List<Future<?>> sending = new ArrayList<>();
		for (Deliveries.Claim claim : claims) {
			sending.add(senders.submit(() -> deliver(claim)));
		}
		for (Future<?> future : sending) {
			try {
				future.get();
			}
			catch (ExecutionException e) {
				log.warn("A webhook delivery could not be recorded: {}", SafeLog.describe(e.getCause()));
			}
		}
		return claims.size();
	}

	private void deliver(Deliveries.Claim claim) {
		var target = endpoints.target(claim.endpointId());
		if (target.isEmpty() || !target.get().active()) {
			return;
		}
		WebhookSender.Outcome outcome = sender.send(target.get().url(), target.get().secret(), claim.eventId(),
				claim.payload());
		if (outcome.accepted()) {
			if (deliveries.delivered(claim, outcome.statusCode(), outcome.took())) {
				metrics.delivered(Duration.between(claim.eventCreatedAt(), clock.instant()));
			}
			return;
		}
		if (outcome.gone()) {
			deliveries.attemptFailed(claim, outcome.statusCode(), "endpoint answered 410 Gone", outcome.took(), null);
			endpoints.disable(claim.endpointId(), "answered 410 Gone at " + clock.instant());
			metrics.failed();
			return;
		}
		int failedAttempts = claim.attempts() + 1;
		Duration wait = RetrySchedule.after(failedAttempts, outcome.retryAfter());
		Instant next = wait == null ? null : clock.instant().plus(wait);
		if (deliveries.attemptFailed(claim, outcome.statusCode(), outcome.describe(), outcome.took(), next)) {
			if (next == null) {
				metrics.failed();
			}
			else {
				metrics.retried();
			}
		}
	}

}
