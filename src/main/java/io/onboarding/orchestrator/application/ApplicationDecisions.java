package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDecisions extends JpaRepository<ApplicationDecision, UUID> {

	List<ApplicationDecision> findByApplicationIdOrderByDecidedAt(UUID applicationId);

}
