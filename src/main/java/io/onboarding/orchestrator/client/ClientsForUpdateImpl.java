package io.onboarding.orchestrator.client;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Locks with the entity manager rather than a query: a client this transaction already
 * holds locked is not read again. A job that publishes a client's creation and then
 * activates it reads and locks the row once, where a locking query read it each time.
 */
class ClientsForUpdateImpl implements ClientsForUpdate {

	private final EntityManager entityManager;

	ClientsForUpdateImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Client> findForUpdate(UUID id) {
		return Optional.ofNullable(entityManager.find(Client.class, id, LockModeType.PESSIMISTIC_WRITE));
	}

}
