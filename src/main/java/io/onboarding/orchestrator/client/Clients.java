package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import io.onboarding.orchestrator.infrastructure.RequiredReads;

interface Clients extends JpaRepository<Client, UUID>, JpaSpecificationExecutor<Client>, RequiredReads<Client> {

	// customersOf, below, runs at every view of a client. Written as JPQL it hits
	// Hibernate's query plan cache; as a derived existsBy... query it was built as
	// criteria and translated to SQL on every call (issue #9). The check that a drawn
	// client number is free is plain SQL in ClientNumbers.

	/**
	 * Active clients due for their periodic review, locked; rows another node holds are
	 * skipped.
	 */
	@Query(value = "SELECT id FROM clients WHERE status = 'active' AND next_review_at <= :now "
			+ "ORDER BY next_review_at LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
	List<UUID> dueForReview(@Param("now") java.time.Instant now, @Param("limit") int limit);

	/**
	 * Closed clients whose retention ended before the cutoff and whose data is still
	 * there, locked; rows another node holds are skipped.
	 */
	@Query(value = "SELECT id FROM clients WHERE status = 'closed' AND closed_at < :cutoff AND erased_at IS NULL "
			+ "ORDER BY closed_at LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
	List<UUID> closedBefore(@Param("cutoff") java.time.Instant cutoff, @Param("limit") int limit);

	@Query(value = "SELECT count(*) FROM clients WHERE status = 'active' AND next_review_at <= :now",
			nativeQuery = true)
	long overdueReviews(@Param("now") java.time.Instant now);

	@Query("select c.id from Client c where c.subClientId = :subClientId")
	List<UUID> customersOf(@Param("subClientId") UUID subClientId, Pageable limit);

	/** Whether any client acts as a customer of this one: then it is a sub-client. */
	default boolean existsBySubClientId(UUID subClientId) {
		return !customersOf(subClientId, PageRequest.of(0, 1)).isEmpty();
	}

}
