package io.onboarding.orchestrator.migration;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.onboarding.orchestrator.api.FieldError;
import io.onboarding.orchestrator.provider.SourceClient;

/**
 * Hands what the provider answered from "Fetch source client" to the steps after it,
 * which run in the same transaction. It never becomes a process variable: a person's data
 * stays out of the engine's tables (and out of the engine's log lines when a step fails).
 * Dropped when the transaction ends, whichever way.
 */
@Component
class SourceHandOff {

	private final Map<UUID, Held> held = new ConcurrentHashMap<>();

	void source(UUID migrationId, SourceClient source) {
		hold(migrationId).source = source;
	}

	void mapped(UUID migrationId, SourceMapping.Mapped mapped) {
		hold(migrationId).mapped = mapped;
	}

	SourceClient source(UUID migrationId) {
		Held h = held.get(migrationId);
		return h == null ? null : h.source;
	}

	SourceMapping.Mapped mapped(UUID migrationId) {
		Held h = held.get(migrationId);
		if (h == null || h.mapped == null) {
			// Only reachable when a step runs without the fetch before it in its
			// transaction, e.g.
			// an instance moved by hand in Cockpit past "Fetch source client".
			throw new IllegalStateException("Migration " + migrationId + " has no fetched source client; "
					+ "start it again from \"Fetch source client\"");
		}
		return h.mapped;
	}

	List<FieldError> errors(UUID migrationId) {
		Held h = held.get(migrationId);
		return h == null || h.mapped == null ? List.of() : h.mapped.errors();
	}

	private Held hold(UUID migrationId) {
		return held.computeIfAbsent(migrationId, id -> {
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						held.remove(id);
					}
				});
			}
			return new Held();
		});
	}

	private static final class Held {

		private SourceClient source;

		private SourceMapping.Mapped mapped;

	}

}
