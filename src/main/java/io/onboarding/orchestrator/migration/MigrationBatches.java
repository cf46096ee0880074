package io.onboarding.orchestrator.migration;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import io.onboarding.orchestrator.infrastructure.LockedReads;

/**
 * The migration batches. Locking one ({@link #findForUpdate}) serialises the feeders of
 * the batch, on every node, so that its parallelism holds cluster-wide.
 */
interface MigrationBatches extends JpaRepository<MigrationBatch, UUID>, LockedReads<MigrationBatch> {

}
