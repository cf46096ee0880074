package io.onboarding.orchestrator.onboarding;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;

/** {@code POST /clients}: creates a client and starts its onboarding. */
@RestController
class OnboardingController {

    private final DirectOnboardingRules rules;
    private final DirectOnboardingService direct;

    OnboardingController(DirectOnboardingRules rules, DirectOnboardingService direct) {
        this.rules = rules;
        this.direct = direct;
    }

    @PostMapping("/clients")
    ResponseEntity<Envelope> create(@RequestBody CreateClientRequest request, Principal principal) {
        DirectOnboarding onboarding = rules.check(request);
        UUID clientId = UUID.randomUUID();
        Envelope created = direct.onboard(clientId, onboarding, principal.getName());
        return ResponseEntity.created(URI.create("/clients/" + clientId)).body(created);
    }
}
