package io.onboarding.orchestrator.application;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.infrastructure.WireValue;
import io.onboarding.orchestrator.api.DataFields;
import io.onboarding.orchestrator.api.Violations;

/**
 * KYC applications over the API (SPEC 5.2). Decisions are the operator's; the rest the
 * integrator's.
 */
@RestController
class ApplicationController {

	private static final int TEXT_MAX = 2000;

	private final ApplicationQueries applications;

	private final ApplicationRequests requests;

	private final ClientDirectory clients;

	ApplicationController(ApplicationQueries applications, ApplicationRequests requests, ClientDirectory clients) {
		this.applications = applications;
		this.requests = requests;
		this.clients = clients;
	}

	@GetMapping("/applications/{id}")
	Envelope application(@PathVariable UUID id) {
		return Envelope.read("application", applications.view(id));
	}

	@GetMapping("/clients/{id}/application")
	Envelope clientApplication(@PathVariable UUID id) {
		UUID applicationId = clients.snapshot(id).applicationId();
		if (applicationId == null) {
			throw new NotFoundException("Application of client", id);
		}
		return Envelope.read("application", applications.view(applicationId));
	}

	/**
	 * {@code data.decision}: approve, decline (with {@code data.reason}),
	 * request_information, return_for_revision.
	 */
	@PostMapping("/applications/{id}/decision")
	Envelope decide(@PathVariable UUID id, @RequestBody ActionRequest request, Principal principal) {
		Violations v = new Violations();
		String decision = DataFields.text(v, request.data(), "decision", true, TEXT_MAX);
		String reason = DataFields.text(v, request.data(), "reason", false, TEXT_MAX);
		ReviewOutcome outcome = null;
		if (decision != null) {
			outcome = WireValue.find(ReviewOutcome.class, decision).orElse(null);
			if (outcome == null) {
				v.add("data.decision", "must be one of " + String.join(", ", WireValue.values(ReviewOutcome.class)));
			}
		}
		if (outcome == ReviewOutcome.DECLINE && reason == null) {
			v.add("data.reason", "is required to decline");
		}
		v.throwIfAny();
		return Envelope.read("application", requests.decide(id, outcome, reason, principal.getName()));
	}

	/**
	 * {@code data.client}: a patch of the client as PATCH /clients/{id} takes it;
	 * {@code data.note}.
	 */
	@PostMapping("/applications/{id}/information")
	Envelope information(@PathVariable UUID id, @RequestBody ActionRequest request, Principal principal) {
		Violations v = new Violations();
		String note = DataFields.text(v, request.data(), "note", false, TEXT_MAX);
		JsonNode client = request.data() == null ? null : request.data().get("client");
		if (client != null && !client.isNull() && !client.isObject()) {
			v.add("data.client", "must be an object");
		}
		if (note == null && (client == null || client.isNull())) {
			v.add("data", "give the requested information: data.client, data.note or both");
		}
		v.throwIfAny();
		return Envelope.read("application", requests.answer(id, client, note, principal.getName()));
	}

	@PostMapping("/applications/{id}/submit")
	Envelope submit(@PathVariable UUID id) {
		return Envelope.read("application", requests.resubmit(id));
	}

	@PostMapping("/applications/{id}/withdraw")
	Envelope withdraw(@PathVariable UUID id, @RequestBody(required = false) ActionRequest request,
			Principal principal) {
		Violations v = new Violations();
		String reason = request == null ? null : DataFields.text(v, request.data(), "reason", false, TEXT_MAX);
		v.throwIfAny();
		return Envelope.read("application", requests.withdraw(id, reason, principal.getName()));
	}

	record ActionRequest(Map<String, Object> workflow, JsonNode data) {
	}

}
