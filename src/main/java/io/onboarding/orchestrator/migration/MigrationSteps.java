package io.onboarding.orchestrator.migration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.client.ClientDetails;
import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.client.ClientUpdates;
import io.onboarding.orchestrator.client.KycLevel;
import io.onboarding.orchestrator.client.NewClient;
import io.onboarding.orchestrator.client.ProviderConnections;
import io.onboarding.orchestrator.provider.SourceClient;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * Moves a migration along as {@code client-migration} drives it: the provider's answer
 * kept and judged, the client stored, then completed or failed, each end published as
 * {@code migrations/<status>}.
 */
@Service
class MigrationSteps {

	private final Migrations migrations;

	private final SourceMapping mapping;

	private final ClientLifecycle clients;

	private final ClientUpdates updates;

	private final ProviderConnections connections;

	private final MigrationViews views;

	private final EventPublisher events;

	private final MigrationSignal signal;

	private final Clock clock;

	MigrationSteps(Migrations migrations, SourceMapping mapping, ClientLifecycle clients, ClientUpdates updates,
			ProviderConnections connections, MigrationViews views, EventPublisher events, MigrationSignal signal,
			Clock clock) {
		this.migrations = migrations;
		this.mapping = mapping;
		this.clients = clients;
		this.updates = updates;
		this.connections = connections;
		this.views = views;
		this.events = events;
		this.signal = signal;
		this.clock = clock;
	}

	/** "Fetch source client": what the provider answered, kept with the migration. */
	@Transactional
	void fetched(UUID migrationId, SourceClient source) {
		migrations.requireForUpdate(migrationId).fetched(source, clock.instant());
	}

	/**
	 * "Map and validate source client": the rules of a direct creation over what the
	 * provider answered; the field errors are kept with the migration when it breaks
	 * them.
	 */
	@Transactional
	SourceMapping.Mapped validate(UUID migrationId) {
		// Read without a lock: "Create or update client" follows in this transaction and
		// locks the source's migrations in their order. Locking this one here first let
		// two migrations of one source each hold its own row and wait for the other's
		// (a deadlock, and a job retried); it is locked only to keep the errors.
		SourceMapping.Mapped mapped = map(migrations.require(migrationId));
		if (!mapped.valid()) {
			migrations.requireForUpdate(migrationId).sourceInvalid(mapped.errors(), clock.instant());
		}
		return mapped;
	}

	/**
	 * "Create or update client": under the lock of the source's migrations (see
	 * {@link Migrations#lockSource}), the client migrated from this source before is
	 * updated; otherwise a client is created with its connection to the provider. Never a
	 * duplicate.
	 */
	@Transactional
	StoredClient storeClient(UUID migrationId) {
		// The source's rows first, in their order, this migration's among them: locking
		// this one alone first would let two migrations of the source each wait for the
		// other.
		Migration unlocked = migrations.require(migrationId);
		migrations.lockSource(unlocked.serviceProvider(), unlocked.sourceId());
		Migration migration = migrations.requireForUpdate(migrationId);
		// mapped under the lock: the client it found migrated from this source before is
		// the one to update
		SourceMapping.Mapped mapped = map(migration);
		ClientDetails details = mapped.details();
		UUID earlier = mapped.earlier();
		UUID clientId;
		if (earlier != null) {
			clientId = earlier;
			updates.redescribe(clientId, details);
		}
		else {
			clientId = UUID.randomUUID();
			clients.register(clientId,
					new NewClient(details, KycLevel.valueOf(migration.kycLevel()), migration.serviceProvider()),
					migration.requestedBy());
			connections.record(clientId, migration.serviceProvider(), migration.sourceId());
		}
		migration.stored(clientId, clock.instant());
		return new StoredClient(clientId, earlier == null);
	}

	@Transactional
	void complete(UUID migrationId) {
		Migration migration = migrations.requireForUpdate(migrationId);
		migration.complete(clock.instant());
		ended(migration);
	}

	@Transactional
	void fail(UUID migrationId, String reason) {
		Migration migration = migrations.requireForUpdate(migrationId);
		migration.fail(reason, clock.instant());
		ended(migration);
	}

	/**
	 * Mapped again at each step: the same answer maps to the same client, and nothing is
	 * kept twice.
	 */
	private SourceMapping.Mapped map(Migration migration) {
		return mapping.map(migration.serviceProvider(), migration.sourceId(), migration.source());
	}

	private void ended(Migration migration) {
		events.publish("migrations", migration.status().value(), migration.clientId(), () -> {
			// the view shows what the step wrote, as it is stored
			migrations.flush();
			return Envelope.single("migration", views.view(migration));
		}, Map.of("serviceProvider", migration.serviceProvider()));
		if (migration.batchId() != null) {
			signal.wakeUpAfterCommit();
		}
	}

	/**
	 * The client a migration stored, and whether it is new (else an earlier migration's,
	 * updated).
	 */
	record StoredClient(UUID clientId, boolean created) {
	}

}
