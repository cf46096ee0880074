package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.onboarding.orchestrator.api.NotFoundException;

interface Applications extends JpaRepository<Application, UUID> {

	@Query("select a from Application a where a.clientId = :clientId order by a.createdAt")
	List<Application> findByClientIdOrderByCreatedAt(UUID clientId);

	/**
	 * Reads an application to move it, locking its row: moves of one application happen
	 * one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Application a where a.id = :id")
	Optional<Application> findForUpdate(UUID id);

	/** The application, or a 404 naming it. */
	default Application require(UUID id) {
		return findById(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

	/** The application with its row locked to move it, or a 404 naming it. */
	default Application requireForUpdate(UUID id) {
		return findForUpdate(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

}
