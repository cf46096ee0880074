package io.onboarding.orchestrator.migration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.FieldError;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.ClientDetails;
import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.client.KycLevel;
import io.onboarding.orchestrator.client.NewClient;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * Records migrations and moves them along: started by a request, stored, completed or
 * failed by {@code client-migration}, each end published as {@code migrations/<status>}.
 */
@Service
public class MigrationService {

	private final Migrations migrations;

	private final MigrationBatches batches;

	private final ClientMigrationProcess process;

	private final ClientService clients;

	private final EventPublisher events;

	private final MigrationSettings settings;

	private final MigrationSignal signal;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	MigrationService(Migrations migrations, MigrationBatches batches, ClientMigrationProcess process,
			ClientService clients, EventPublisher events, MigrationSettings settings, MigrationSignal signal,
			ObjectMapper objectMapper, Clock clock) {
		this.migrations = migrations;
		this.batches = batches;
		this.process = process;
		this.clients = clients;
		this.events = events;
		this.settings = settings;
		this.signal = signal;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/**
	 * {@code POST /clients} (migration): one migration, running at once. Returns its id
	 * and the 202 body.
	 */
	@Transactional
	public Started startOne(MigrationOrder order, String actor) {
		Migration migration = migrations.saveAndFlush(new Migration(UUID.randomUUID(), null, order,
				order.sourceIds().get(0), Migration.RUNNING, actor, clock.instant()));
		process.start(migration);
		return new Started(migration.id(), envelope(order, Envelope.single("migration", view(migration))));
	}

	/**
	 * {@code POST /migrations}: every source id queued; {@link MigrationFeeder} starts
	 * them a few at a time.
	 */
	@Transactional
	Started startBatch(MigrationOrder order, String actor) {
		Instant now = clock.instant();
		MigrationBatch batch = batches.save(new MigrationBatch(UUID.randomUUID(), order, actor, now));
		List<Migration> queued = new ArrayList<>();
		for (String sourceId : order.sourceIds()) {
			queued.add(new Migration(UUID.randomUUID(), batch.id(), order, sourceId, Migration.QUEUED, actor, now));
		}
		migrations.saveAll(queued);
		migrations.flush();
		signal.wakeUpAfterCommit();
		return new Started(batch.id(), envelope(order, Envelope.single("batch", batchView(batch))));
	}

	/**
	 * Starts as many queued migrations of the batch as it has free slots. The batch row
	 * is locked first, so that the nodes of a cluster never start more than the
	 * parallelism between them.
	 */
	@Transactional
	int feed(UUID batchId) {
		MigrationBatch batch = batches.findForUpdate(batchId).orElse(null);
		if (batch == null) {
			return 0;
		}
		int free = settings.parallelism() - (int) migrations.countByBatchIdAndStatus(batchId, Migration.RUNNING);
		if (free <= 0) {
			return 0;
		}
		List<Migration> next = migrations.queued(batchId, PageRequest.of(0, free));
		for (Migration migration : next) {
			migration.started(clock.instant());
			process.start(migration);
		}
		return next.size();
	}

	List<UUID> batchesWithQueued() {
		return migrations.batchesWithQueued();
	}

	/**
	 * "Create or update client": under the lock of the source's migrations (see
	 * {@link Migrations#lockSource}), the client migrated from this source before is
	 * updated; otherwise a client is created with its connection to the provider. Never a
	 * duplicate.
	 */
	@Transactional
	StoredClient storeClient(UUID migrationId, ClientDetails details) {
		// The source's rows first, in their order, this migration's among them: locking
		// this one
		// alone first would let two migrations of the source each wait for the other.
		Migration unlocked = migrations.findById(migrationId)
			.orElseThrow(() -> new NotFoundException("Migration", migrationId));
		migrations.lockSource(unlocked.serviceProvider(), unlocked.sourceId());
		Migration migration = lock(migrationId);
		Optional<UUID> earlier = clients.connectedTo(migration.serviceProvider(), migration.sourceId());
		UUID clientId;
		if (earlier.isPresent()) {
			clientId = earlier.get();
			clients.redescribe(clientId, details);
		}
		else {
			clientId = UUID.randomUUID();
			clients.register(clientId,
					new NewClient(details, KycLevel.valueOf(migration.kycLevel()), migration.serviceProvider()),
					migration.requestedBy());
			clients.recordConnection(clientId, migration.serviceProvider(), migration.sourceId());
		}
		migration.stored(clientId, clock.instant());
		return new StoredClient(clientId, earlier.isEmpty());
	}

	@Transactional
	void complete(UUID migrationId) {
		Migration migration = lock(migrationId);
		migration.complete(clock.instant());
		ended(migration);
	}

	@Transactional
	void fail(UUID migrationId, String reason, List<FieldError> errors) {
		Migration migration = lock(migrationId);
		migration.fail(reason, errors == null || errors.isEmpty() ? null : json(errors), clock.instant());
		ended(migration);
	}

	@Transactional(readOnly = true)
	MigrationView view(UUID id) {
		return view(migrations.findById(id).orElseThrow(() -> new NotFoundException("Migration", id)));
	}

	/**
	 * The migrations that brought the client in or updated it; their processes concern it
	 * too.
	 */
	@Transactional(readOnly = true)
	public List<UUID> migrationsOf(UUID clientId) {
		return migrations.idsOfClient(clientId);
	}

	@Transactional(readOnly = true)
	BatchView batch(UUID id) {
		return batchView(batches.findById(id).orElseThrow(() -> new NotFoundException("Migration batch", id)));
	}

	@Transactional(readOnly = true)
	Page<MigrationView> list(UUID batchId, String status, Pageable pageable) {
		return migrations.search(batchId, status, pageable).map(this::view);
	}

	private void ended(Migration migration) {
		migrations.flush();
		events.publish("migrations", migration.status(), migration.clientId(),
				Envelope.single("migration", view(migration)), Map.of("serviceProvider", migration.serviceProvider()));
		if (migration.batchId() != null) {
			signal.wakeUpAfterCommit();
		}
	}

	private BatchView batchView(MigrationBatch batch) {
		long queued = migrations.countByBatchIdAndStatus(batch.id(), Migration.QUEUED);
		long running = migrations.countByBatchIdAndStatus(batch.id(), Migration.RUNNING);
		long completed = migrations.countByBatchIdAndStatus(batch.id(), Migration.COMPLETED);
		long failed = migrations.countByBatchIdAndStatus(batch.id(), Migration.FAILED);
		BatchView.Progress progress = new BatchView.Progress(queued, running, completed, failed);
		return new BatchView(batch.id(), progress.finished() ? Migration.COMPLETED : Migration.RUNNING,
				batch.serviceProvider(), batch.total(), progress, batch.createdAt());
	}

	private MigrationView view(Migration m) {
		return new MigrationView(m.id(), m.status(), m.sourceId(), m.serviceProvider(), m.clientId(), m.reason(),
				m.errors() == null ? null : errors(m.errors()), m.batchId(), m.createdAt(), m.updatedAt());
	}

	private static Envelope envelope(MigrationOrder order, Map<String, Object> data) {
		Map<String, Object> workflow = new LinkedHashMap<>();
		workflow.put("code", Workflow.MIGRATION);
		workflow.put("kycLevel", order.kycLevel().name());
		return new Envelope(workflow, data, Map.of("type", "explicit", "serviceProvider", order.serviceProvider()),
				Map.of());
	}

	private Migration lock(UUID id) {
		return migrations.findForUpdate(id).orElseThrow(() -> new NotFoundException("Migration", id));
	}

	private String json(List<FieldError> errors) {
		try {
			return objectMapper.writeValueAsString(errors);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Field errors could not be written as JSON", e);
		}
	}

	private List<FieldError> errors(String json) {
		try {
			return objectMapper.readValue(json, new TypeReference<List<FieldError>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored field errors are not JSON", e);
		}
	}

	/**
	 * The client a migration stored, and whether it is new (else an earlier migration's,
	 * updated).
	 */
	record StoredClient(UUID clientId, boolean created) {
	}

	/** A started migration or batch: its id, for {@code Location}, and the 202 body. */
	public record Started(UUID id, Envelope body) {
	}

}
