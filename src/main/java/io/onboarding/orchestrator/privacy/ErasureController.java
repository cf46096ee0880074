package io.onboarding.orchestrator.privacy;

import java.security.Principal;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.onboarding.orchestrator.api.Envelope;

/**
 * {@code POST /clients/{id}/erasure} (operators, SPEC 7.5): erases the client's personal
 * data at once, where the law requires it. 409 while the client is active, frozen or
 * pending (close the relationship first); asked again, the same answer.
 */
@RestController
class ErasureController {

	private final Erasure erasure;

	ErasureController(Erasure erasure) {
		this.erasure = erasure;
	}

	@PostMapping("/clients/{id}/erasure")
	Envelope erase(@PathVariable UUID id, Principal principal) {
		return Envelope.read("client", erasure.erase(id, principal.getName()));
	}

}
