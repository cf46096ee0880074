package io.onboarding.orchestrator.client;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.DataFields;
import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.api.Violations;

/**
 * {@code PATCH /clients/{id}/compliance} (operators, SPEC 7.3): risk level, blacklist,
 * block, KYC note, each change recorded with the operator's name.
 */
@RestController
class ComplianceController {

	private static final int TEXT_MAX = 1000;

	private final ComplianceChanges compliance;

	ComplianceController(ComplianceChanges compliance) {
		this.compliance = compliance;
	}

	@PatchMapping("/clients/{id}/compliance")
	Envelope change(@PathVariable UUID id, @RequestBody ComplianceRequest request, Principal principal) {
		return Envelope.read("client", compliance.change(id, parse(request.data()), principal.getName()));
	}

	private static ComplianceUpdate parse(JsonNode data) {
		Violations v = new Violations();
		if (data == null || !data.isObject() || data.isEmpty()) {
			v.add("data",
					"give at least one of riskLevel, blacklisted, blacklistedComment, blocked, kycNote, kycLevel, closed");
			v.throwIfAny();
		}
		RiskLevel riskLevel = DataFields.oneOf(v, data, "riskLevel", RiskLevel.class);
		Boolean blacklisted = DataFields.flag(v, data, "blacklisted");
		String comment = DataFields.text(v, data, "blacklistedComment", false, TEXT_MAX);
		Boolean blocked = DataFields.flag(v, data, "blocked");
		String kycNote = DataFields.text(v, data, "kycNote", false, 2000);
		String level = DataFields.text(v, data, "kycLevel", false, 32);
		KycLevel kycLevel = null;
		if (level != null) {
			if (KycLevel.names().contains(level)) {
				kycLevel = KycLevel.valueOf(level);
			}
			else {
				v.add("data.kycLevel", "must be one of " + String.join(", ", KycLevel.names()));
			}
		}
		Boolean closed = DataFields.flag(v, data, "closed");
		if (Boolean.FALSE.equals(closed)) {
			v.add("data.closed", "a closed relationship can't be reopened: give true to close it, or leave it out");
		}
		if (Boolean.TRUE.equals(blacklisted) && (comment == null || comment.isBlank())) {
			v.add("data.blacklistedComment", "is required when blacklisting");
		}
		v.throwIfAny();
		return new ComplianceUpdate(riskLevel, blacklisted, comment, blocked, kycNote, kycLevel,
				Boolean.TRUE.equals(closed));
	}

	record ComplianceRequest(Map<String, Object> workflow, JsonNode data) {
	}

}
