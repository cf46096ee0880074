package io.onboarding.orchestrator.onboarding;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Hands the validated request from the HTTP thread to "Create client", which runs in the
 * same thread and transaction. The request never becomes a process variable: personal
 * data stays out of the engine's tables, and the process carries ids only.
 */
@Component
class PendingOnboardings {

	private final Map<UUID, DirectOnboarding> pending = new ConcurrentHashMap<>();

	void put(UUID clientId, DirectOnboarding onboarding) {
		pending.put(clientId, onboarding);
	}

	DirectOnboarding take(UUID clientId) {
		DirectOnboarding onboarding = pending.remove(clientId);
		if (onboarding == null) {
			// Only reachable if "Create client" runs outside POST /clients, e.g. an
			// instance started
			// by hand in Cockpit: there is no request to create the client from.
			throw new IllegalStateException("No onboarding request is pending for client " + clientId);
		}
		return onboarding;
	}

	void discard(UUID clientId) {
		pending.remove(clientId);
	}

}
