package io.onboarding.orchestrator.verification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientSnapshot;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * Publishes {@code verification/updated} and {@code verification/reminder} with the
 * verification, its application's id and a summary of the client (no personal data beyond
 * what every client event carries).
 */
@Component
class VerificationEvents {

	private final ClientDirectory clients;

	private final EventPublisher events;

	VerificationEvents(ClientDirectory clients, EventPublisher events) {
		this.clients = clients;
		this.events = events;
	}

	void updated(Verification verification) {
		publish(verification, "updated");
	}

	void reminder(Verification verification) {
		publish(verification, "reminder");
	}

	private void publish(Verification verification, String type) {
		events.publish("verification", type, verification.clientId(), () -> data(verification), Map.of());
	}

	private Map<String, Object> data(Verification verification) {
		ClientSnapshot client = clients.snapshot(verification.clientId());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", client.id());
		summary.put("clientNumber", client.clientNumber());
		summary.put("status", client.status());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("verification", verification.view());
		data.put("applicationId", verification.applicationId());
		data.put("client", summary);
		return data;
	}

}
