package io.onboarding.orchestrator.user;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Users extends JpaRepository<User, UUID> {

	Optional<User> findByEmailNormalized(String emailNormalized);

}
