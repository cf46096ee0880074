package io.onboarding.orchestrator.relation;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.onboarding.orchestrator.infrastructure.RequiredReads;

interface Relations extends JpaRepository<Relation, UUID>, RequiredReads<Relation> {

	/**
	 * Related parties whose screening found something (a hit under review, or rejected by
	 * an officer).
	 */
	default boolean anyScreeningHits(UUID clientId) {
		return countLiveIn(clientId, Relation.ScreeningStatus.HIT, Relation.ScreeningStatus.REJECTED) > 0;
	}

	@Query("select r from Relation r where r.clientId = :clientId and r.deletedAt is null")
	Page<Relation> findLive(UUID clientId, Pageable pageable);

	@Query("select r from Relation r where r.id = :id and r.clientId = :clientId and r.deletedAt is null")
	Optional<Relation> findLive(UUID clientId, UUID id);

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
	default long countUnscreened(UUID clientId) {
		return countLiveIn(clientId, Relation.ScreeningStatus.PENDING_REVIEW, Relation.ScreeningStatus.HIT);
	}

	// Two statuses as two parameters, not a list: Hibernate does not keep the SQL of a
	// query with a list parameter and translated it again at every call, 5 % of the
	// service's CPU in a profile of end-to-end onboardings (each asks both counts).
	@Query("select count(r) from Relation r where r.clientId = :clientId and r.deletedAt is null "
			+ "and (r.screeningStatus = :one or r.screeningStatus = :other)")
	long countLiveIn(UUID clientId, Relation.ScreeningStatus one, Relation.ScreeningStatus other);

}
