package io.onboarding.orchestrator.verification;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProviderCallbacks extends JpaRepository<ProviderCallback, UUID> {

	@Query("select case when count(c) > 0 then true else false end from ProviderCallback c "
			+ "where c.provider = :provider and c.eventId = :eventId")
	boolean existsByProviderAndEventId(String provider, String eventId);

}
