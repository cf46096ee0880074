package io.onboarding.orchestrator.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Applications extends JpaRepository<Application, UUID> {

	java.util.List<Application> findByClientIdOrderByCreatedAt(UUID clientId);

	/**
	 * Reads an application to move it, locking its row: moves of one application happen
	 * one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Application a where a.id = :id")
	Optional<Application> findForUpdate(UUID id);

}
