package io.onboarding.orchestrator.migration;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The queued migrations of bulk migrations, started a few at a time per batch. */
@Component
class MigrationQueue {

	private final Migrations migrations;

	private final MigrationBatches batches;

	private final ClientMigrationProcess process;

	private final MigrationSettings settings;

	private final Clock clock;

	MigrationQueue(Migrations migrations, MigrationBatches batches, ClientMigrationProcess process,
			MigrationSettings settings, Clock clock) {
		this.migrations = migrations;
		this.batches = batches;
		this.process = process;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Starts as many queued migrations of the batch as it has free slots. The batch row
	 * is locked first, so that the nodes of a cluster never start more than the
	 * parallelism between them.
	 */
	@Transactional
	int feed(UUID batchId) {
		if (batches.findForUpdate(batchId).isEmpty()) {
			return 0;
		}
		int free = settings.parallelism() - (int) migrations.countByBatchIdAndStatus(batchId, Migration.Status.RUNNING);
		if (free <= 0) {
			return 0;
		}
		List<Migration> next = migrations.queued(batchId, PageRequest.of(0, free));
		for (Migration migration : next) {
			migration.started(clock.instant());
			process.start(migration);
		}
		return next.size();
	}

	List<UUID> batchesWithQueued() {
		return migrations.batchesWith(Migration.Status.QUEUED);
	}

}
