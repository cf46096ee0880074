package io.onboarding.orchestrator.verification;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderCallbacks extends JpaRepository<ProviderCallback, UUID> {

	boolean existsByProviderAndEventId(String provider, String eventId);

}
