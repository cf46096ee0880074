package io.onboarding.orchestrator.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserClientRelations extends JpaRepository<UserClientRelation, UUID> {

	Optional<UserClientRelation> findByUserIdAndClientId(UUID userId, UUID clientId);

	List<UserClientRelation> findByClientIdOrderByCreatedAt(UUID clientId);

	List<UserClientRelation> findByUserIdOrderByCreatedAt(UUID userId);

}
