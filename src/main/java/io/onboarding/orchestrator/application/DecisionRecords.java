package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecords extends JpaRepository<DecisionRecord, UUID> {

	List<DecisionRecord> findByApplicationIdOrderByDecidedAt(UUID applicationId);

}
