package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.infrastructure.LockedReads;

interface Applications extends JpaRepository<Application, UUID>, LockedReads<Application> {

	@Query("select a from Application a where a.clientId = :clientId order by a.createdAt")
	List<Application> findByClientIdOrderByCreatedAt(UUID clientId);

	/** The application, or a 404 naming it. */
	default Application require(UUID id) {
		return findById(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

	/** The application with its row locked to move it, or a 404 naming it. */
	default Application requireForUpdate(UUID id) {
		return findForUpdate(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

}
