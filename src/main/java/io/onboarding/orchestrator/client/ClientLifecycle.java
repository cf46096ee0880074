package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's way through onboarding, as the processes move it: stored, given an
 * application, risk-assessed, then active or rejected. Every status change is published
 * as {@code clients/status-changed}.
 */
@Service
public class ClientLifecycle {

	private final Clients clients;

	private final ClientNumbers numbers;

	private final ClientEvents events;

	private final Clock clock;

	ClientLifecycle(Clients clients, ClientNumbers numbers, ClientEvents events, Clock clock) {
		this.clients = clients;
		this.numbers = numbers;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a new client, pending its onboarding. */
	@Transactional
	public void register(UUID id, NewClient client, String actor) {
		clients.save(new Client(id, numbers.next(), client, actor, clock.instant()));
	}

	/** Records {@code clients/created}. */
	@Transactional
	public void publishCreated(UUID id) {
		events.publish(clients.require(id), "created");
	}

	@Transactional
	public void activate(UUID id) {
		Client client = clients.requireForUpdate(id);
		if (client.activate(clock.instant())) {
			events.publish(client, "status-changed");
		}
	}

	@Transactional
	public void applicationOpened(UUID clientId, UUID applicationId) {
		clients.requireForUpdate(clientId).applicationOpened(applicationId, clock.instant());
	}

	/**
	 * The onboarding ended without approval; a screening decline marks it auto-declined.
	 */
	@Transactional
	public void rejected(UUID id, boolean autoDeclined) {
		Client client = clients.requireForUpdate(id);
		if (client.rejected(autoDeclined, clock.instant())) {
			events.publish(client, "status-changed");
		}
	}

	/** The client waits for an identity-verification provider: {@code partner_review}. */
	@Transactional
	public void awaitingVerification(UUID id) {
		Client client = clients.requireForUpdate(id);
		if (client.awaitingVerification(clock.instant())) {
			events.publish(client, "status-changed");
		}
	}

	/**
	 * The provider gave its verdict: the client is {@code pending} its application again.
	 */
	@Transactional
	public void verificationEnded(UUID id) {
		Client client = clients.requireForUpdate(id);
		if (client.verificationEnded(clock.instant())) {
			events.publish(client, "status-changed");
		}
	}

	@Transactional
	public void riskAssessed(UUID id, RiskLevel riskLevel) {
		clients.requireForUpdate(id).riskAssessed(riskLevel, clock.instant());
	}

}
