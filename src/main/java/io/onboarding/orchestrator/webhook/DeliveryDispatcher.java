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
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.SafeLog;
import java.util.concurrent.ExecutionException;

/**
 * Sends pending deliveries in the background, on every node: claims a batch (row locks
 * that other nodes skip), sends them in parallel, records each outcome, and waits for the
 * next commit or poll.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private final Deliveries deliveries;

	private final WebhookEndpoints endpoints;

	private final WebhookSender sender;

	private final DeliverySignal signal;

	private final WebhookMetrics metrics;

	private final WebhookSettings settings;

	private final Clock clock;

	private volatile boolean running;

	private Thread loop;

	private ExecutorService senders;

	DeliveryDispatcher(Deliveries deliveries, WebhookEndpoints endpoints, WebhookSender sender, DeliverySignal signal,
			WebhookMetrics metrics, WebhookSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.sender = sender;
		this.signal = signal;
		this.metrics = metrics;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void start() {
		running = true;
		senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
			Thread thread = new Thread(runnable, "webhook-sender");
			thread.setDaemon(true);
			return thread;
		});
		loop = new Thread(this::run, "webhook-dispatcher");
		loop.setDaemon(true);
		loop.start();
	}

	@Override
	public void stop() {
		running = false;
		signal.wakeUp();
		if (loop != null) {
			try {
				loop.join(settings.requestTimeout().plusSeconds(5).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		// A delivery cut off here keeps its lease until it runs out; then any node sends
		// it again.
		senders.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		while (running) {
			try {
				int sent = dispatchOnce();
				if (sent < settings.batchSize()) {
					signal.await(settings.pollInterval());
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				// the database may be away for a moment; try again at the next poll
				log.warn("Webhook dispatch failed: {}", SafeLog.describe(e));
				sleep(settings.pollInterval());
			}
		}
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

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public int getPhase() {
		// stop before the web server and the database pool stop
		return Integer.MAX_VALUE - 1000;
	}

}
