package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientConnections extends JpaRepository<ClientConnection, UUID> {

    List<ClientConnection> findByClientIdOrderByCreatedAt(UUID clientId);
}
