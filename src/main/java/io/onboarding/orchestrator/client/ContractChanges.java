package io.onboarding.orchestrator.client;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractChanges extends JpaRepository<ContractChange, UUID> {

	@Query("select c from ContractChange c where c.clientId = :clientId")
	Page<ContractChange> findByClientId(UUID clientId, Pageable pageable);

}
