package io.onboarding.orchestrator.infrastructure;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Reads an entity to change it, locking its row, for a repository fragment: with the
 * entity manager rather than a locking query, so that a row this transaction already
 * holds locked is not read again. A job whose steps each lock the same client or
 * application read its row once per step before.
 */
public abstract class LockedReads<T> {

	private final EntityManager entityManager;

	private final Class<T> type;

	protected LockedReads(EntityManager entityManager, Class<T> type) {
		this.entityManager = entityManager;
		this.type = type;
	}

	public Optional<T> findForUpdate(UUID id) {
		return Optional.ofNullable(entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE));
	}

}
