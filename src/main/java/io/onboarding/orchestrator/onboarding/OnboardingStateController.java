package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;

/**
 * {@code GET /clients/{id}/onboarding}: the process state of one client, for operators
 * and integrators.
 */
@RestController
class OnboardingStateController {

	private final OnboardingState state;

	OnboardingStateController(OnboardingState state) {
		this.state = state;
	}

	@GetMapping("/clients/{id}/onboarding")
	Envelope onboarding(@PathVariable UUID id) {
		return Envelope.read("onboarding", state.of(id));
	}

}
