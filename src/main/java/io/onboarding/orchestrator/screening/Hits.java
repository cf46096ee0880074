package io.onboarding.orchestrator.screening;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.infrastructure.LockedReads;

interface Hits extends JpaRepository<Hit, UUID>, LockedReads<Hit> {

	@Query("SELECT h FROM Hit h WHERE h.partyId = :partyId AND h.listName = :listName AND h.entryId = :entryId")
	List<Hit> findByPartyIdAndListNameAndEntryId(UUID partyId, String listName, String entryId);

	@Query("SELECT h FROM Hit h WHERE h.applicationId = :applicationId")
	List<Hit> findByApplicationId(UUID applicationId);

	@Query("SELECT h FROM Hit h WHERE h.partyId = :partyId")
	List<Hit> findByPartyId(UUID partyId);

	/**
	 * The statuses of the client's hits, all a client's view needs of them. Read for
	 * every view.
	 */
	@Query("SELECT h.status FROM Hit h WHERE h.clientId = :clientId")
	List<Hit.Status> statusesOf(@Param("clientId") UUID clientId);

	@Query("SELECT h FROM Hit h WHERE (:status IS NULL OR h.status = :status) "
			+ "AND (:clientId IS NULL OR h.clientId = :clientId) ORDER BY h.createdAt DESC, h.id")
	Page<Hit> search(@Param("status") Hit.Status status, @Param("clientId") UUID clientId, Pageable pageable);

	default Hit require(UUID id) {
		return findById(id).orElseThrow(() -> new NotFoundException("Screening hit", id));
	}

	default Hit requireForUpdate(UUID id) {
		return findForUpdate(id).orElseThrow(() -> new NotFoundException("Screening hit", id));
	}

}
