package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.InvalidRequestException;
import io.onboarding.orchestrator.api.PageMetadata;
import io.onboarding.orchestrator.api.Workflow;
import io.onboarding.orchestrator.api.Violations;

/**
 * Reads, lists and updates clients. Creation starts an onboarding and lives in the
 * onboarding module.
 */
@RestController
@RequestMapping("/clients")
class ClientController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final ClientReads reads;

	private final ClientUpdates updates;

	ClientController(ClientReads reads, ClientUpdates updates) {
		this.reads = reads;
		this.updates = updates;
	}

	@GetMapping("/{id}")
	Envelope read(@PathVariable UUID id,
			@RequestParam(name = "metadata.includeProfile", required = false) String includeProfile,
			@RequestParam(name = "metadata.include", required = false) List<String> include) {
		return reads.read(id, ClientIncludes.parse(includeProfile, include));
	}

	@GetMapping
	Envelope list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String search, @RequestParam(required = false) String subClientId,
			@RequestParam(required = false) String createdFrom, @RequestParam(required = false) String createdTo) {
		Violations v = new Violations();
		var pageRequest = PageMetadata.request(v, page, size, NEWEST_FIRST);
		ClientFilter filter = ClientFilter.parse(v, status, type, search, subClientId, createdFrom, createdTo);
		v.throwIfAny();
		Page<ClientView.Summary> clientsPage = reads.list(filter, pageRequest);
		return Envelope.read("clients", clientsPage.getContent()).withMetadata(PageMetadata.of(clientsPage));
	}

	@PatchMapping("/{id}")
	Envelope update(@PathVariable UUID id, @RequestBody UpdateClientRequest request) {
		Workflow workflow = request.workflow();
		if (workflow != null && workflow.code() != null && !Workflow.DIRECT.equals(workflow.code())) {
			throw new InvalidRequestException("workflow.code", "must be direct");
		}
		JsonNode client = request.data() == null ? null : request.data().client();
		ClientView updated = updates.update(id, client);
		return new Envelope(Map.of("code", Workflow.DIRECT), Envelope.single("client", updated), Map.of(), Map.of());
	}

	record UpdateClientRequest(Workflow workflow, UpdateData data) {
	}

	record UpdateData(JsonNode client) {
	}

}
