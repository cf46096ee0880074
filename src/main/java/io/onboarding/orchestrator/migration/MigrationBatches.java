package io.onboarding.orchestrator.migration;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface MigrationBatches extends JpaRepository<MigrationBatch, UUID> {

	/**
	 * Serialises the feeders of one batch, on every node, so that its parallelism holds
	 * cluster-wide.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from MigrationBatch b where b.id = :id")
	Optional<MigrationBatch> findForUpdate(@Param("id") UUID id);

}
