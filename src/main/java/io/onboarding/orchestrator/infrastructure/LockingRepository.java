package io.onboarding.orchestrator.infrastructure;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;

/**
 * The base class of the service's repositories: Spring Data's own, and the locked read of
 * {@link LockedReads} with the entity manager rather than a locking query, which read the
 * whole row again each time. A job whose steps each lock the same client read its row
 * once per step; a decision's transaction moved its application twice and read it twice.
 */
public class LockingRepository<T, ID> extends SimpleJpaRepository<T, ID> implements RequiredReads<T> {

	private final EntityManager entityManager;

	public LockingRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
		super(entityInformation, entityManager);
		this.entityManager = entityManager;
	}

	@Override
	public Optional<T> findForUpdate(UUID id) {
		return Optional.ofNullable(entityManager.find(getDomainClass(), id, LockModeType.PESSIMISTIC_WRITE));
	}

	@Override
	public T require(UUID id) {
		return found(entityManager.find(getDomainClass(), id), id);
	}

	@Override
	public T requireForUpdate(UUID id) {
		return found(entityManager.find(getDomainClass(), id, LockModeType.PESSIMISTIC_WRITE), id);
	}

	private T found(T entity, UUID id) {
		if (entity == null) {
			throw new RecordNotFoundException(getDomainClass().getSimpleName(), id);
		}
		return entity;
	}

}
