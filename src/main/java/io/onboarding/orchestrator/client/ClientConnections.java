package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientConnections extends JpaRepository<ClientConnection, UUID> {

	@Query("select c from ClientConnection c where c.clientId = :clientId order by c.createdAt")
	List<ClientConnection> findByClientIdOrderByCreatedAt(UUID clientId);

	@Query("select c from ClientConnection c where c.serviceProvider = :serviceProvider and c.externalId = :externalId")
	Optional<ClientConnection> findByServiceProviderAndExternalId(String serviceProvider, String externalId);

	@Query("select case when count(c) > 0 then true else false end from ClientConnection c "
			+ "where c.clientId = :clientId and c.serviceProvider = :serviceProvider")
	boolean existsByClientIdAndServiceProvider(UUID clientId, String serviceProvider);

}
