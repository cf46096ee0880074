package io.onboarding.orchestrator.client;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's compliance change (SPEC 7.3) and what follows from it, in one transaction:
 * recorded with the officer, published as {@code clients/compliance-updated} (and
 * {@code clients/status-changed} when the status moves); a blacklisting or its lifting is
 * announced to the modules that end or reopen the onboarding, which act before this
 * returns.
 */
@Service
class ComplianceChanges {

	private final Clients clients;

	private final ComplianceRecords records;

	private final ClientViews views;

	private final ClientEvents events;

	private final ApplicationEventPublisher announcements;

	private final ReviewCycle reviews;

	private final Clock clock;

	ComplianceChanges(Clients clients, ComplianceRecords records, ClientViews views, ClientEvents events,
			ApplicationEventPublisher announcements, ReviewCycle reviews, Clock clock) {
		this.reviews = reviews;
		this.clients = clients;
		this.records = records;
		this.views = views;
		this.events = events;
		this.announcements = announcements;
		this.clock = clock;
	}

	@Transactional
	ClientView change(UUID id, ComplianceUpdate update, String actor) {
		Client client = clients.requireForUpdate(id);
		KycLevel levelBefore = client.compliance().kycLevel();
		ComplianceChange change = client.changeCompliance(update, clock.instant());
		if (update.closes()) {
			client.close(clock.instant());
		}
		if (update.riskLevel() != null && client.status() == ClientStatus.ACTIVE && client.nextReviewAt() != null) {
			// a change of risk level reschedules the periodic review (SPEC 5.5)
			client.scheduleReview(reviews.nextReview(update.riskLevel(), clock.instant()), clock.instant());
		}
		records.save(new ComplianceRecord(id, update, actor, clock.instant()));
		events.publish(client, "compliance-updated");
		if (change.statusChanged() || update.closes()) {
			events.publish(client, "status-changed");
		}
		clients.flush();
		if (update.closes()) {
			// the relationship ended: its open application ends with it, nothing reopens
			announcements.publishEvent(new ClientClosed(id, client.applicationId(), actor));
			return views.view(clients.require(id), ClientViews.WHOLE_PROFILE);
		}
		if (change.blacklisted()) {
			announcements.publishEvent(new ClientBlacklisted(id, client.applicationId()));
		}
		if (update.kycLevel() != null && update.kycLevel().isAbove(levelBefore)
				&& client.status() == ClientStatus.ACTIVE) {
			// an active client asked to meet a higher level is reviewed at it
			announcements.publishEvent(new KycLevelRaised(id, update.kycLevel(), actor));
		}
		if (change.unblacklisted()) {
			announcements.publishEvent(
					new BlacklistLifted(id, client.compliance().kycLevel(), client.requestedProvider(), actor));
		}
		return views.view(clients.require(id), ClientViews.WHOLE_PROFILE);
	}

}
