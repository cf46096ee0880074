package io.onboarding.orchestrator.migration;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import io.onboarding.orchestrator.infrastructure.RequiredReads;

import jakarta.persistence.LockModeType;

interface Migrations extends JpaRepository<Migration, UUID>, RequiredReads<Migration> {

	/**
	 * Locks every migration of the source, in id order. Two migrations of one source,
	 * whichever starts first, each lock the other's row before looking for the client:
	 * the second waits until the first has stored its client and connection, then finds
	 * them and updates instead of creating a duplicate. Both rows exist before either
	 * process runs (they are committed by the request that starts the process).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m.id from Migration m where m.serviceProvider = :provider and m.sourceId = :sourceId order by m.id")
	List<UUID> lockSource(@Param("provider") String provider, @Param("sourceId") String sourceId);

	@Query("select count(m) from Migration m where m.batchId = :batchId and m.status = :status")
	long countByBatchIdAndStatus(UUID batchId, Migration.Status status);

	@Query("select m.id from Migration m where m.clientId = :clientId")
	List<UUID> idsOfClient(@Param("clientId") UUID clientId);

	@Query("select m from Migration m where m.batchId = :batchId and m.status = :status order by m.createdAt, m.id")
	List<Migration> inBatch(@Param("batchId") UUID batchId, @Param("status") Migration.Status status, Pageable limit);

	default List<Migration> queued(UUID batchId, Pageable limit) {
		return inBatch(batchId, Migration.Status.QUEUED, limit);
	}

	@Query("select distinct m.batchId from Migration m where m.status = :status")
	List<UUID> batchesWith(@Param("status") Migration.Status status);

	@Query("select m from Migration m where (:batchId is null or m.batchId = :batchId) "
			+ "and (:status is null or m.status = :status) order by m.createdAt desc, m.id desc")
	Page<Migration> search(@Param("batchId") UUID batchId, @Param("status") Migration.Status status, Pageable pageable);

}
