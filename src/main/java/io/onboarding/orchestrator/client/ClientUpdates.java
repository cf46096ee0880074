package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Violations;

/**
 * Changes what describes a client: a patch-style update (SPEC 3.2) with the same rules as
 * a creation, or a whole new description from a second migration. Both publish
 * {@code clients/updated}.
 */
@Service
public class ClientUpdates {

	private final Clients clients;

	private final ClientPatches patches;

	private final ClientViews views;

	private final ClientEvents events;

	private final ApplicationEventPublisher announcements;

	private final Clock clock;

	ClientUpdates(Clients clients, ClientPatches patches, ClientViews views, ClientEvents events,
			ApplicationEventPublisher announcements, Clock clock) {
		this.announcements = announcements;
		this.clients = clients;
		this.patches = patches;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ClientView update(UUID id, JsonNode patch) {
		Client client = clients.requireForUpdate(id);
		ClientDetails details = patches.apply(client, patch);
		Violations v = new Violations();
		ClientRules.validate(v, ClientPatches.PATH, details,
				ReservedAttributes.RAILSBANK.equals(client.requestedProvider()));
		v.throwIfAny();
		describe(client, details);
		return views.view(client, ClientViews.WHOLE_PROFILE);
	}

	/**
	 * Replaces the description with data the caller checked, as a second migration does.
	 */
	@Transactional
	public void redescribe(UUID id, ClientDetails details) {
		describe(clients.requireForUpdate(id), details);
	}

	private void describe(Client client, ClientDetails details) {
		Identity before = client.description().identity();
		client.describe(details, clock.instant());
		events.publish(client, "updated");
		if (!before.equals(client.description().identity())) {
			clients.flush();
			// a new identity is screened again at once (SPEC 5.5), in this transaction
			announcements.publishEvent(new ClientIdentityChanged(client.id()));
		}
	}

}
