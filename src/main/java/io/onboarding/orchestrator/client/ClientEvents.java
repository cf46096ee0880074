package io.onboarding.orchestrator.client;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.webhook.EventPublisher;

/** Publishes {@code clients/<change>} with the client as reads show it by default. */
@Component
class ClientEvents {

	private final EventPublisher events;

	private final ClientViews views;

	ClientEvents(EventPublisher events, ClientViews views) {
		this.events = events;
		this.views = views;
	}

	void publish(Client client, String type) {
		publish(client, type, Map.of());
	}

	void publish(Client client, String type, Map<String, Object> connect) {
		events.publish("clients", type, client.id(),
				() -> Envelope.single("client", views.view(client, ClientIncludes.NONE)), connect);
	}

}
