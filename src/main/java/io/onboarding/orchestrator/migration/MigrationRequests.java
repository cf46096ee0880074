package io.onboarding.orchestrator.migration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.client.KycSettings;
import io.onboarding.orchestrator.provider.VerifiedApplicantReported;

/**
 * What integrators ask of migrations over the API: start one or a batch, and read where
 * they stand. The process's own steps go through {@link MigrationSteps}.
 */
@Service
public class MigrationRequests {

	private final Migrations migrations;

	private final MigrationBatches batches;

	private final ClientMigrationProcess process;

	private final MigrationViews views;

	private final MigrationSignal signal;

	private final KycSettings kyc;

	private final Clock clock;

	MigrationRequests(Migrations migrations, MigrationBatches batches, ClientMigrationProcess process,
			MigrationViews views, MigrationSignal signal, KycSettings kyc, Clock clock) {
		this.migrations = migrations;
		this.batches = batches;
		this.process = process;
		this.views = views;
		this.signal = signal;
		this.kyc = kyc;
		this.clock = clock;
	}

	/**
	 * {@code POST /clients} (migration): one migration, running at once. Returns its id
	 * and the 202 body.
	 */
	@Transactional
	public Started startOne(MigrationOrder order, String actor) {
		Migration migration = migrations.saveAndFlush(new Migration(UUID.randomUUID(), null, order,
				order.sourceIds().get(0), Migration.Status.RUNNING, actor, clock.instant()));
		process.start(migration);
		return new Started(migration.id(), envelope(order, Envelope.single("migration", views.view(migration))));
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
			queued.add(
					new Migration(UUID.randomUUID(), batch.id(), order, sourceId, Migration.Status.QUEUED, actor, now));
		}
		migrations.saveAll(queued);
		migrations.flush();
		signal.wakeUpAfterCommit();
		return new Started(batch.id(), envelope(order, Envelope.single("batch", views.view(batch))));
	}

	/**
	 * Imports an applicant a verification provider verified on its own (SPEC 6.3): a
	 * migration from that provider, run as any other, in the transaction that recorded
	 * the provider's report.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void verifiedApplicantReported(VerifiedApplicantReported report) {
		MigrationOrder order = new MigrationOrder(report.provider(), List.of(report.applicantId()), kyc.defaultLevel());
		Migration migration = migrations.saveAndFlush(new Migration(UUID.randomUUID(), null, order,
				report.applicantId(), Migration.Status.RUNNING, "provider:" + report.provider(), clock.instant()));
		process.start(migration);
	}

	@Transactional(readOnly = true)
	MigrationView view(UUID id) {
		return views.view(migrations.findById(id).orElseThrow(() -> new NotFoundException("Migration", id)));
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
		return views.view(batches.findById(id).orElseThrow(() -> new NotFoundException("Migration batch", id)));
	}

	@Transactional(readOnly = true)
	Page<MigrationView> list(UUID batchId, Migration.Status status, Pageable pageable) {
		return migrations.search(batchId, status, pageable).map(views::view);
	}

	private static Envelope envelope(MigrationOrder order, Map<String, Object> data) {
		Map<String, Object> workflow = new LinkedHashMap<>();
		workflow.put("code", Workflow.MIGRATION);
		workflow.put("kycLevel", order.kycLevel().name());
		return new Envelope(workflow, data, Map.of("type", "explicit", "serviceProvider", order.serviceProvider()),
				Map.of());
	}

	/** A started migration or batch: its id, for {@code Location}, and the 202 body. */
	public record Started(UUID id, Envelope body) {
	}

}
