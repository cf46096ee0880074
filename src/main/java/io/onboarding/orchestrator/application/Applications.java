package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.onboarding.orchestrator.infrastructure.RequiredReads;

interface Applications extends JpaRepository<Application, UUID>, RequiredReads<Application> {

	@Query("select a from Application a where a.clientId = :clientId order by a.createdAt")
	List<Application> findByClientIdOrderByCreatedAt(UUID clientId);

}
