package io.onboarding.orchestrator.onboarding;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.migration.MigrationRules;
import io.onboarding.orchestrator.migration.MigrationRequests;

/**
 * {@code POST /clients}: creates a client and starts its onboarding (direct workflow,
 * 201), or starts its migration from a service provider (migration workflow, 202).
 */
@RestController
class OnboardingController {

	private final DirectOnboardingRules rules;

	private final DirectOnboardingService direct;

	private final MigrationRules migrationRules;

	private final MigrationRequests migrations;

	OnboardingController(DirectOnboardingRules rules, DirectOnboardingService direct, MigrationRules migrationRules,
			MigrationRequests migrations) {
		this.rules = rules;
		this.direct = direct;
		this.migrationRules = migrationRules;
		this.migrations = migrations;
	}

	@PostMapping("/clients")
	ResponseEntity<Envelope> create(@RequestBody CreateClientRequest request, Principal principal) {
		if (request.workflow() != null && Workflow.MIGRATION.equals(request.workflow().code())) {
			var order = migrationRules.single(request.workflow(),
					request.data() == null ? null : request.data().sourceId(), request.connect());
			MigrationRequests.Started started = migrations.startOne(order, principal.getName());
			return ResponseEntity.accepted().location(URI.create("/migrations/" + started.id())).body(started.body());
		}
		DirectOnboarding onboarding = rules.check(request);
		UUID clientId = UUID.randomUUID();
		Envelope created = direct.onboard(clientId, onboarding, principal.getName());
		return ResponseEntity.created(URI.create("/clients/" + clientId)).body(created);
	}

}
