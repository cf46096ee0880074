package io.onboarding.orchestrator.migration;

import org.springframework.stereotype.Component;

/** Shapes migrations and batches into what the API and the webhooks show. */
@Component
class MigrationViews {

	private final Migrations migrations;

	MigrationViews(Migrations migrations) {
		this.migrations = migrations;
	}

	MigrationView view(Migration m) {
		return new MigrationView(m.id(), m.status().value(), m.sourceId(), m.serviceProvider(), m.clientId(),
				m.reason(), m.errors(), m.batchId(), m.createdAt(), m.updatedAt());
	}

	/** A batch is running while any of its migrations is queued or running. */
	BatchView view(MigrationBatch batch) {
		BatchView.Progress progress = new BatchView.Progress(count(batch, Migration.Status.QUEUED),
				count(batch, Migration.Status.RUNNING), count(batch, Migration.Status.COMPLETED),
				count(batch, Migration.Status.FAILED));
		Migration.Status status = progress.finished() ? Migration.Status.COMPLETED : Migration.Status.RUNNING;
		return new BatchView(batch.id(), status.value(), batch.serviceProvider(), batch.total(), progress,
				batch.createdAt());
	}

	private long count(MigrationBatch batch, Migration.Status status) {
		return migrations.countByBatchIdAndStatus(batch.id(), status);
	}

}
