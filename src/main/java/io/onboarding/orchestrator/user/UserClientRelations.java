package io.onboarding.orchestrator.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserClientRelations extends JpaRepository<UserClientRelation, UUID> {

	@Query("select r from UserClientRelation r where r.userId = :userId and r.clientId = :clientId")
	Optional<UserClientRelation> findByUserIdAndClientId(UUID userId, UUID clientId);

	@Query("select r from UserClientRelation r where r.clientId = :clientId order by r.createdAt")
	List<UserClientRelation> findByClientIdOrderByCreatedAt(UUID clientId);

	@Query("select r from UserClientRelation r where r.userId = :userId order by r.createdAt")
	List<UserClientRelation> findByUserIdOrderByCreatedAt(UUID userId);

}
