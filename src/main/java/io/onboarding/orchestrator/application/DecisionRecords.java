package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRecords extends JpaRepository<DecisionRecord, UUID> {

	@Query("select d from DecisionRecord d where d.applicationId = :applicationId order by d.decidedAt")
	List<DecisionRecord> findByApplicationIdOrderByDecidedAt(UUID applicationId);

}
