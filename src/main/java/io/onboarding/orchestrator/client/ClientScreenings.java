package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a client's screening stands (SPEC 5.5); the screening module provides it.
 */
public interface ClientScreenings {

	/** Empty for a client never screened. */
	Optional<Summary> of(UUID clientId);

	/**
	 * {@code screening = {status: clear|open_hit|true_match, lastScreenedAt,
	 * listVersions}}.
	 */
	record Summary(String status, Instant lastScreenedAt, Map<String, Integer> listVersions) {
	}

}
