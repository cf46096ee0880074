package io.onboarding.orchestrator.privacy;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.client.ClientView;
import io.onboarding.orchestrator.screening.Screening;

/**
 * Erases a client's personal data everywhere it lives, in one transaction (SPEC 7.5): its
 * record (which refuses while the relationship is under way, and publishes
 * {@code clients/erased}), its screening parties and the party index, the tables beside
 * it, the engine's history. An erasure that fails leaves everything as it was; one asked
 * again finds the client erased and changes nothing.
 */
@Service
class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final ClientLifecycle lifecycle;

	private final ClientDirectory clients;

	private final Screening screening;

	private final PersonalDataTables tables;

	private final EngineHistory engine;

	private final Clock clock;

	Erasure(ClientLifecycle lifecycle, ClientDirectory clients, Screening screening, PersonalDataTables tables,
			EngineHistory engine, Clock clock) {
		this.lifecycle = lifecycle;
		this.clients = clients;
		this.screening = screening;
		this.tables = tables;
		this.engine = engine;
		this.clock = clock;
	}

	/** Returns the client as it remains: ids, statuses, decisions and dates. */
	@Transactional
	ClientView erase(UUID clientId, String actor) {
		if (lifecycle.erase(clientId)) {
			tables.erase(clientId, clock.instant());
			screening.erase(clientId);
			engine.erase(clientId);
			log.info("Client {} erased by {}", clientId, actor);
		}
		return clients.view(clientId);
	}

}
