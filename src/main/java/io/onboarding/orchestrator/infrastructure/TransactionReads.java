package io.onboarding.orchestrator.infrastructure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads kept for the rest of the transaction, until it writes a table they were read
 * from. A client's view is built for every event about it, and a creation's job raises
 * two: what the view reads besides the client (its verifications, its screening, whether
 * it is a sub-client) is read once.
 * <p>
 * A write is seen when Hibernate executes it (an entity inserted, updated or deleted) or
 * when the code that writes with SQL says so ({@link #written}). A read depends on tables
 * ({@code "verifications"}), or on one property of a table's entities
 * ({@code "clients.subClientId"}): an update that leaves the property as it was keeps it.
 * Before a kept value is used, the persistence context is flushed, as Hibernate does
 * before a query, so that a change still pending in an entity counts. Another
 * transaction's commit does not count: within one transaction a kept read stays as it was
 * read.
 */
@Component
public class TransactionReads implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private final EntityManager entityManager;

	public TransactionReads(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
		this.entityManager = entityManager;
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
		listeners.appendListeners(EventType.POST_DELETE, this);
	}

	/**
	 * The value read from {@code tables} under {@code key}, read now if this transaction
	 * has not read it since it last wrote one of them; outside a transaction, always
	 * read.
	 */
	@SuppressWarnings("unchecked")
	public <T> T read(Object key, Set<String> tables, Supplier<T> read) {
		Kept kept = kept();
		if (kept == null) {
			return read.get();
		}
		if (kept.values.containsKey(key) && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// a pending change becomes a write now, as it would before a query
			entityManager.flush();
		}
		Read<?> earlier = kept.values.get(key);
		if (earlier != null) {
			return (T) earlier.value();
		}
		T value = read.get();
		kept.values.put(key, new Read<>(value, tables));
		return value;
	}

	/** This transaction wrote the table with SQL: reads from it are read again. */
	public void written(String table) {
		forget(read -> read.tables().stream().anyMatch(on -> on.equals(table) || on.startsWith(table + ".")));
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		written(event.getPersister());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		if (dirty == null) {
			written(event.getPersister());
			return;
		}
		String[] names = event.getPersister().getPropertyNames();
		for (String table : event.getPersister().getPropertySpaces()) {
			Set<String> changed = new HashSet<>();
			changed.add(table);
			for (int property : dirty) {
				changed.add(table + "." + names[property]);
			}
			forget(read -> read.tables().stream().anyMatch(changed::contains));
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		written(event.getPersister());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void written(EntityPersister persister) {
		for (String table : persister.getPropertySpaces()) {
			written(table);
		}
	}

	private void forget(Predicate<Read<?>> stale) {
		Kept kept = kept();
		if (kept != null) {
			kept.values.values().removeIf(stale);
		}
	}

	/** This transaction's reads, bound to it at the first; none outside one. */
	private Kept kept() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		Kept kept = (Kept) TransactionSynchronizationManager.getResource(this);
		if (kept == null) {
			kept = new Kept(this);
			TransactionSynchronizationManager.bindResource(this, kept);
			TransactionSynchronizationManager.registerSynchronization(kept);
		}
		return kept;
	}

	private record Read<T>(T value, Set<String> tables) {
	}

	/**
	 * Unbound while the transaction is suspended (an inner one has its own reads) and
	 * when it ends.
	 */
	private static final class Kept implements TransactionSynchronization {

		private final Object owner;

		private final Map<Object, Read<?>> values = new HashMap<>();

		private Kept(Object owner) {
			this.owner = owner;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(owner);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(owner, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(owner);
		}

	}

}
