package io.onboarding.orchestrator.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook endpoint as the API shows it; its signing secret is shown only once, at
 * creation.
 */
record Endpoint(UUID id, String url, List<String> events, boolean enabled, String disabledReason, String source,
		Instant createdAt) {

	static final String FROM_API = "api";
	static final String FROM_CONFIGURATION = "configuration";

}
