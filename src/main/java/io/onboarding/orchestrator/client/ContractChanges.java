package io.onboarding.orchestrator.client;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractChanges extends JpaRepository<ContractChange, UUID> {

	Page<ContractChange> findByClientId(UUID clientId, Pageable pageable);

}
