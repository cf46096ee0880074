package io.onboarding.orchestrator.onboarding;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;
import io.onboarding.orchestrator.client.ComplianceUpdate;
import io.onboarding.orchestrator.validation.Violations;

/**
 * {@code PATCH /clients/{id}/compliance} (operators, SPEC 7.3): risk level, blacklist, block, KYC
 * note. Blacklisting freezes the client and ends its open application auto-declined through the
 * process; lifting the blacklist onboards the client again with a new application. Each change is
 * recorded with the operator's name.
 */
@RestController
class ComplianceController {

    private static final List<String> RISK_LEVELS = List.of("low", "medium", "high");
    private static final int TEXT_MAX = 1000;

    private final ComplianceService compliance;

    ComplianceController(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @PatchMapping("/clients/{id}/compliance")
    Envelope change(@PathVariable UUID id, @RequestBody ComplianceRequest request, Principal principal) {
        return Envelope.read("client", compliance.change(id, parse(request.data()), principal.getName()));
    }

    private static ComplianceUpdate parse(JsonNode data) {
        Violations v = new Violations();
        if (data == null || !data.isObject() || data.isEmpty()) {
            v.add("data", "give at least one of riskLevel, blacklisted, blacklistedComment, blocked, kycNote");
            v.throwIfAny();
        }
        String riskLevel = text(v, data, "riskLevel", 16);
        v.oneOf("data.riskLevel", riskLevel, RISK_LEVELS);
        Boolean blacklisted = flag(v, data, "blacklisted");
        String comment = text(v, data, "blacklistedComment", TEXT_MAX);
        Boolean blocked = flag(v, data, "blocked");
        String kycNote = text(v, data, "kycNote", 2000);
        if (Boolean.TRUE.equals(blacklisted) && (comment == null || comment.isBlank())) {
            v.add("data.blacklistedComment", "is required when blacklisting");
        }
        v.throwIfAny();
        return new ComplianceUpdate(riskLevel, blacklisted, comment, blocked, kycNote);
    }

    private static String text(Violations v, JsonNode data, String field, int max) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            v.add("data." + field, "must be a string");
            return null;
        }
        v.maxLength("data." + field, value.asText(), max);
        return value.asText();
    }

    private static Boolean flag(Violations v, JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            v.add("data." + field, "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    record ComplianceRequest(Map<String, Object> workflow, JsonNode data) {
    }
}
