package io.onboarding.orchestrator.verification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.verification.persona.PersonaProvider;
import io.onboarding.orchestrator.verification.sumsub.SumsubProvider;

/**
 * The configured verification providers, by name. The name says which API it speaks:
 * {@code sumsub} or {@code persona}.
 */
@Component
class VerificationProviders {

	static final Set<String> KNOWN = Set.of(SumsubProvider.NAME, PersonaProvider.NAME);

	private final Map<String, VerificationProvider> providers = new LinkedHashMap<>();

	VerificationProviders(VerificationSettings settings, ObjectMapper objectMapper, Clock clock) {
		settings.providers().forEach((name, config) -> providers.put(name, switch (name) {
			case SumsubProvider.NAME -> new SumsubProvider(config, settings.timeout(), objectMapper, clock);
			case PersonaProvider.NAME -> new PersonaProvider(config, objectMapper, clock);
			default -> throw new IllegalStateException("onboarding.verification.providers." + name
					+ " is no provider this service speaks to; use " + String.join(" or ", KNOWN));
		}));
	}

	/** The provider of that name, or a 404 naming it (an unknown callback address). */
	VerificationProvider require(String name) {
		VerificationProvider provider = providers.get(name);
		if (provider == null) {
			throw new NotFoundException("Verification provider", name);
		}
		return provider;
	}

	boolean has(String name) {
		return providers.containsKey(name);
	}

}
