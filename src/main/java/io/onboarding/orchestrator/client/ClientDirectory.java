package io.onboarding.orchestrator.client;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where other modules look a client up: as a value, or as the API shows it. */
@Service
public class ClientDirectory {

	private final Clients clients;

	private final ClientViews views;

	ClientDirectory(Clients clients, ClientViews views) {
		this.clients = clients;
		this.views = views;
	}

	/** The client as it is now, or a 404 naming it. */
	@Transactional(readOnly = true)
	public ClientSnapshot snapshot(UUID id) {
		return clients.require(id).snapshot();
	}

	@Transactional(readOnly = true)
	public boolean exists(UUID id) {
		return clients.existsById(id);
	}

	/** The client with everything a creation's answer shows: the whole profile. */
	@Transactional(readOnly = true)
	public ClientView view(UUID id) {
		return views.view(clients.require(id), ClientViews.WHOLE_PROFILE);
	}

	/**
	 * What a creation answers with: the client stored in the caller's transaction, with
	 * the whole profile.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ClientView viewOfNew(UUID id) {
		return views.viewOfNew(clients.require(id), ClientViews.WHOLE_PROFILE);
	}

}
