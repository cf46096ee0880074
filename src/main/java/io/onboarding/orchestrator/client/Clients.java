package io.onboarding.orchestrator.client;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Clients extends JpaRepository<Client, UUID>, JpaSpecificationExecutor<Client> {

    boolean existsByClientNumber(String clientNumber);
}
