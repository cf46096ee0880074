package io.onboarding.orchestrator.migration;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Connect;
import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.PageMetadata;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.api.Violations;
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * Migrations (SPEC 6.1): one is started by {@code POST /clients} with
 * {@code workflow.code: migration}; many at once by {@code POST /migrations}. Both are
 * followed here.
 */
@RestController
@RequestMapping("/migrations")
class MigrationController {

	private final MigrationRules rules;

	private final MigrationRequests migrations;

	MigrationController(MigrationRules rules, MigrationRequests migrations) {
		this.rules = rules;
		this.migrations = migrations;
	}

	/**
	 * Migrates every source id of {@code data.sourceIds[]}: 202 with the batch and its
	 * progress.
	 */
	@PostMapping
	ResponseEntity<Envelope> migrateMany(@RequestBody BulkMigrationRequest request, Principal principal) {
		MigrationOrder order = rules.bulk(request.workflow(),
				request.data() == null ? null : request.data().sourceIds(), request.connect());
		MigrationRequests.Started started = migrations.startBatch(order, principal.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/migrations/batches/" + started.id()))
			.body(started.body());
	}

	@GetMapping("/{id}")
	Envelope read(@PathVariable UUID id) {
		return Envelope.read("migration", migrations.view(id));
	}

	@GetMapping("/batches/{id}")
	Envelope batch(@PathVariable UUID id) {
		return Envelope.read("batch", migrations.batch(id));
	}

	/**
	 * The migrations, newest first, of one batch or all, optionally of one status (the
	 * failed ones, with their reasons).
	 */
	@GetMapping
	Envelope list(@RequestParam(required = false) String batchId, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Violations v = new Violations();
		var pageRequest = PageMetadata.request(v, page, size, Sort.unsorted());
		UUID batch = null;
		if (batchId != null) {
			try {
				batch = UUID.fromString(batchId);
			}
			catch (IllegalArgumentException e) {
				v.add("batchId", "must be a UUID");
			}
		}
		Migration.Status wanted = status == null ? null : WireValue.find(Migration.Status.class, status).orElse(null);
		if (status != null && wanted == null) {
			v.add("status", "must be one of " + String.join(", ", WireValue.values(Migration.Status.class)));
		}
		v.throwIfAny();
		Page<MigrationView> result = migrations.list(batch, wanted, pageRequest);
		return Envelope.read("migrations", result.getContent()).withMetadata(PageMetadata.of(result));
	}

	record BulkMigrationRequest(Workflow workflow, Data data, Connect connect, Map<String, Object> metadata) {

		record Data(List<String> sourceIds) {
		}
	}

}
