package io.onboarding.orchestrator.client;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.ConflictException;

/**
 * Hands out client numbers: 8 digits that a person can read out on the phone, drawn at
 * random so that neither the id nor a neighbour's number gives one away.
 */
@Component
class ClientNumbers {

	private static final int LOWEST = 10_000_000;

	private static final int RANGE = 90_000_000;

	private static final int ATTEMPTS = 10;

	private final SecureRandom random = new SecureRandom();

	private final Clients clients;

	ClientNumbers(Clients clients) {
		this.clients = clients;
	}

	String next() {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			String candidate = Integer.toString(LOWEST + random.nextInt(RANGE));
			if (!clients.existsByClientNumber(candidate)) {
				return candidate;
			}
		}
		// Ten draws that all hit taken numbers means the space is nearly full: worth a
		// loud answer.
		throw new ConflictException("No free client number was found; retry the request");
	}

}
