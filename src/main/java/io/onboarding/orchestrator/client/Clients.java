package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.infrastructure.LockedReads;

interface Clients extends JpaRepository<Client, UUID>, JpaSpecificationExecutor<Client>, LockedReads<Client> {

	// The two checks below (idsWithClientNumber, customersOf) run on every creation and
	// every read of a client. Written as JPQL they hit Hibernate's query plan cache; as
	// derived existsBy... queries they were built as criteria and translated to SQL on
	// every call (9 % of the CPU of a creation in a profile, issue #9).

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

	@Query("select c.id from Client c where c.clientNumber = :clientNumber")
	List<UUID> idsWithClientNumber(@Param("clientNumber") String clientNumber);

	@Query("select c.id from Client c where c.subClientId = :subClientId")
	List<UUID> customersOf(@Param("subClientId") UUID subClientId, Pageable limit);

	default boolean existsByClientNumber(String clientNumber) {
		return !idsWithClientNumber(clientNumber).isEmpty();
	}

	/** Whether any client acts as a customer of this one: then it is a sub-client. */
	default boolean existsBySubClientId(UUID subClientId) {
		return !customersOf(subClientId, PageRequest.of(0, 1)).isEmpty();
	}

	/** The client, or a 404 naming it. */
	default Client require(UUID id) {
		return findById(id).orElseThrow(() -> new NotFoundException("Client", id));
	}

	/** The client with its row locked to change it, or a 404 naming it. */
	default Client requireForUpdate(UUID id) {
		return findForUpdate(id).orElseThrow(() -> new NotFoundException("Client", id));
	}

}
