package io.onboarding.orchestrator.migration;

import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.BackgroundLoop;

/**
 * Starts the queued migrations of bulk requests, at most
 * {@code onboarding.migrations.parallelism} running per batch, so that a thousand source
 * ids do not become a thousand calls to the provider at once. Runs on every node; the
 * batch row lock keeps the bound cluster-wide. Woken when a batch is queued or one of its
 * migrations ends, and polls as a fallback (another node's wake-ups, a restart with
 * queued work).
 */
@Component
class MigrationFeeder extends BackgroundLoop {

	private final MigrationQueue migrations;

	private final MigrationSettings settings;

	MigrationFeeder(MigrationQueue migrations, MigrationSignal signal, MigrationSettings settings) {
		super("migration-feeder", signal);
		this.migrations = migrations;
		this.settings = settings;
	}

	/** Starts what each batch has room for; the queued rest waits for the next round. */
	@Override
	protected boolean round() {
		for (UUID batch : migrations.batchesWithQueued()) {
			migrations.feed(batch);
		}
		return false;
	}

	@Override
	protected Duration pollInterval() {
		return settings.pollInterval();
	}

}
