package io.onboarding.orchestrator.client;

import java.util.Optional;
import java.util.UUID;

/** The part of {@link Clients} that locks a client's row to change it. */
interface ClientsForUpdate {

	/**
	 * Reads a client to change it, locking its row: an integrator's update and a process
	 * step that touch the same client wait for each other instead of failing each other.
	 */
	Optional<Client> findForUpdate(UUID id);

}
