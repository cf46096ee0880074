package io.onboarding.orchestrator.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientSnapshot;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * Publishes {@code applications/<status>} (and the information reminder) with the
 * application and a summary of its client.
 */
@Component
class ApplicationEvents {

	private final Applications applications;

	private final ClientDirectory clients;

	private final EventPublisher events;

	ApplicationEvents(Applications applications, ClientDirectory clients, EventPublisher events) {
		this.applications = applications;
		this.clients = clients;
		this.events = events;
	}

	/** {@code applications/<status>} as the application now stands. */
	void statusChanged(Application application) {
		publish(application, application.status().value());
	}

	void publish(Application application, String type) {
		events.publish("applications", type, application.clientId(), () -> payload(application), Map.of());
	}

	private Map<String, Object> payload(Application application) {
		// the view shows what the change wrote, as it is stored
		applications.flush();
		ClientSnapshot client = clients.snapshot(application.clientId());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", client.id());
		summary.put("clientNumber", client.clientNumber());
		summary.put("fullName", client.fullName());
		summary.put("type", client.type());
		summary.put("status", client.status());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("application", ApplicationView.of(application, null));
		data.put("client", summary);
		return data;
	}

}
