package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ReviewCycle reviews;

	private final ApplicationEventPublisher announcements;

	ClientLifecycle(Clients clients, ClientNumbers numbers, ClientEvents events, ReviewCycle reviews,
			ApplicationEventPublisher announcements, Clock clock) {
		this.announcements = announcements;
		this.clients = clients;
		this.numbers = numbers;
		this.events = events;
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * Erases the client's personal data from its record and publishes
	 * {@code clients/erased} (SPEC 7.5); returns false, publishing nothing, when it was
	 * erased before. 404 for an unknown client, 409 while its relationship is under way.
	 */
	@Transactional
	public boolean erase(UUID id) {
		Client client = clients.requireForUpdate(id);
		if (!client.erase(clock.instant())) {
			return false;
		}
		clients.flush();
		events.publish(client, "erased");
		return true;
	}

	/**
	 * Closed clients whose personal data is due for erasure (closed before the cutoff),
	 * locked in the caller's transaction, at most {@code limit}.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public List<UUID> dueForErasure(Instant cutoff, int limit) {
		return clients.closedBefore(cutoff, limit);
	}

	/** Stores a new client, pending its onboarding. */
	@Transactional
	public void register(UUID id, NewClient client, String actor) {
		clients.save(new Client(id, numbers.next(), client, actor, clock.instant()));
	}

	/**
	 * Records {@code clients/created}. The row is locked as the job's next steps lock it
	 * to change the client: read once for both.
	 */
	@Transactional
	public void publishCreated(UUID id) {
		events.publish(clients.requireForUpdate(id), "created");
	}

	/** The onboarding ended well: active, and due for its first periodic review. */
	@Transactional
	public void activate(UUID id) {
		Client client = clients.requireForUpdate(id);
		if (client.activate(clock.instant())) {
			client.scheduleReview(reviews.nextReview(client.compliance().riskLevel(), clock.instant()),
					clock.instant());
			events.publish(client, "status-changed");
			clients.flush();
			// every active client is screened, whatever its KYC level (SPEC 5.5)
			announcements.publishEvent(new ClientActivated(id));
		}
	}

	/** A review of an active client opened with this application. */
	@Transactional
	public void reviewOpened(UUID clientId, UUID applicationId) {
		clients.requireForUpdate(clientId).reviewOpened(applicationId, clock.instant());
	}

	/** A screening hit was confirmed a true match: the client is frozen. */
	@Transactional
	public void frozenByScreening(UUID id) {
		Client client = clients.requireForUpdate(id);
		if (client.frozenByScreening(clock.instant())) {
			events.publish(client, "status-changed");
		}
	}

	/**
	 * The review ended: approved, active and due again by its (new) risk level; declined,
	 * the relationship ends ({@code rejected}).
	 */
	@Transactional
	public void reviewEnded(UUID id, boolean approved) {
		Client client = clients.requireForUpdate(id);
		Instant now = clock.instant();
		if (client.reviewEnded(approved, reviews.nextReview(client.compliance().riskLevel(), now), now)) {
			events.publish(client, "status-changed");
		}
	}

	/**
	 * Active clients whose periodic review is due, locked for the caller's transaction
	 * (other nodes skip them): at most {@code limit}.
	 */
	@Transactional
	public List<UUID> dueForReview(int limit) {
		return clients.dueForReview(clock.instant(), limit);
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
