package io.onboarding.orchestrator.client;

import java.security.Principal;
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
import io.onboarding.orchestrator.api.PageMetadata;
import io.onboarding.orchestrator.api.DataFields;
import io.onboarding.orchestrator.api.Violations;

/**
 * Account administration of a client (SPEC 7.1, 7.2): its sub-client and its contract.
 */
@RestController
@RequestMapping("/clients/{id}")
class AccountController {

	private static final int TEXT_MAX = 100;

	private final AccountAdministration accounts;

	AccountController(AccountAdministration accounts) {
		this.accounts = accounts;
	}

	/**
	 * {@code data.subClientId}: a client's id to associate with, or null to dissociate.
	 */
	@PatchMapping("/sub-client")
	Envelope subClient(@PathVariable UUID id, @RequestBody AccountRequest request) {
		JsonNode data = request.data();
		Violations v = new Violations();
		UUID subClientId = null;
		if (data == null || !data.isObject() || !data.has("subClientId")) {
			v.add("data.subClientId", "is required: a client id, or null to dissociate");
		}
		else if (!data.get("subClientId").isNull()) {
			try {
				subClientId = UUID.fromString(data.get("subClientId").asText());
			}
			catch (IllegalArgumentException e) {
				v.add("data.subClientId", "must be a client id (UUID) or null");
			}
		}
		v.throwIfAny();
		return Envelope.read("client", accounts.associate(id, subClientId));
	}

	/**
	 * {@code data.contract} from the catalogue and, optionally, {@code data.termsVersion}
	 * (absent: the terms in force); accepted now.
	 */
	@PatchMapping("/contract")
	Envelope contract(@PathVariable UUID id, @RequestBody AccountRequest request, Principal principal) {
		JsonNode data = request.data();
		Violations v = new Violations();
		String contract = DataFields.text(v, data, "contract", true, TEXT_MAX);
		String termsVersion = DataFields.text(v, data, "termsVersion", false, TEXT_MAX);
		v.throwIfAny();
		return Envelope.read("client", accounts.acceptContract(id, contract, termsVersion, principal.getName()));
	}

	@GetMapping("/contracts")
	Envelope contracts(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Violations v = new Violations();
		var pageRequest = PageMetadata.request(v, page, size, Sort.by(Sort.Order.desc("acceptedAt")));
		v.throwIfAny();
		Page<ContractChange.View> history = accounts.contracts(id, pageRequest);
		return Envelope.read("contracts", history.getContent()).withMetadata(PageMetadata.of(history));
	}

	record AccountRequest(Map<String, Object> workflow, JsonNode data) {
	}

}
