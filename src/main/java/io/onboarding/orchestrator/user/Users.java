package io.onboarding.orchestrator.user;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, UUID> {

	@Query("select u from User u where u.emailNormalized = :emailNormalized")
	Optional<User> findByEmailNormalized(String emailNormalized);

}
