package io.onboarding.orchestrator.relation;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Relations extends JpaRepository<Relation, UUID> {

	/**
	 * Related parties whose screening found something (a hit under review, or rejected by
	 * an officer).
	 */
	@Query("select count(r) > 0 from Relation r where r.clientId = :clientId and r.deletedAt is null "
			+ "and r.screeningStatus in ('hit', 'rejected')")
	boolean anyScreeningHits(UUID clientId);

	@Query("select r from Relation r where r.clientId = :clientId and r.deletedAt is null")
	Page<Relation> findLive(UUID clientId, Pageable pageable);

	@Query("select r from Relation r where r.id = :id and r.clientId = :clientId and r.deletedAt is null")
	Optional<Relation> findLive(UUID clientId, UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Relation r where r.id = :id")
	Optional<Relation> findForUpdate(UUID id);

	/**
	 * A live relation of the client, its row locked first so that nothing read before can
	 * be stale.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Relation r where r.id = :id and r.clientId = :clientId and r.deletedAt is null")
	Optional<Relation> findLiveForUpdate(UUID clientId, UUID id);

	/**
	 * Live related parties whose screening has not ended: not screened yet, or a hit not
	 * reviewed yet.
	 */
	@Query("select count(r) from Relation r where r.clientId = :clientId and r.deletedAt is null "
			+ "and r.screeningStatus in ('pending_review', 'hit')")
	long countUnscreened(UUID clientId);

}
