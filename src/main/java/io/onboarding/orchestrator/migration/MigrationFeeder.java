package io.onboarding.orchestrator.migration;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.SafeLog;

/**
 * Starts the queued migrations of bulk requests, at most
 * {@code onboarding.migrations.parallelism} running per batch, so that a thousand source
 * ids do not become a thousand calls to the provider at once. Runs on every node; the
 * batch row lock keeps the bound cluster-wide. Woken when a batch is queued or one of its
 * migrations ends, and polls as a fallback (another node's wake-ups, a restart with
 * queued work).
 */
@Component
class MigrationFeeder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MigrationFeeder.class);

	private final MigrationQueue migrations;

	private final MigrationSignal signal;

	private final MigrationSettings settings;

	private volatile boolean running;

	private Thread loop;

	MigrationFeeder(MigrationQueue migrations, MigrationSignal signal, MigrationSettings settings) {
		this.migrations = migrations;
		this.signal = signal;
		this.settings = settings;
	}

	@Override
	public void start() {
		running = true;
		loop = new Thread(this::run, "migration-feeder");
		loop.setDaemon(true);
		loop.start();
	}

	@Override
	public void stop() {
		running = false;
		if (loop != null) {
			loop.interrupt();
			try {
				loop.join(5_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		while (running) {
			try {
				for (UUID batch : migrations.batchesWithQueued()) {
					migrations.feed(batch);
				}
				signal.await(settings.pollInterval());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				// The database may be away for a moment; the queued migrations wait for
				// the next round.
				log.warn("Queued migrations could not be started: {}", SafeLog.describe(e));
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(settings.pollInterval().toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
