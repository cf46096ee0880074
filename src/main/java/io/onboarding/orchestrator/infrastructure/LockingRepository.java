package io.onboarding.orchestrator.infrastructure;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;

/**
 * The base class of the service's repositories: Spring Data's own, the locked read of
 * {@link LockedReads} with the entity manager rather than a locking query, which read the
 * whole row again each time (a job whose steps each lock the same client read its row
 * once per step; a decision's transaction moved its application twice and read it twice),
 * and the reads of {@link RequiredReads} that fail naming the record.
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
		return Optional.ofNullable(entityManager.find(getDomainClass(), id)).orElseThrow(() -> notFound(id));
	}

	@Override
	public T requireForUpdate(UUID id) {
		return findForUpdate(id).orElseThrow(() -> notFound(id));
	}

	private RecordNotFoundException notFound(UUID id) {
		return new RecordNotFoundException(getDomainClass().getSimpleName(), id);
	}

}
