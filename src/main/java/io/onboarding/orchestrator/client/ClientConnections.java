package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientConnections extends JpaRepository<ClientConnection, UUID> {

	List<ClientConnection> findByClientIdOrderByCreatedAt(UUID clientId);

	Optional<ClientConnection> findByServiceProviderAndExternalId(String serviceProvider, String externalId);

	boolean existsByClientIdAndServiceProvider(UUID clientId, String serviceProvider);

}
