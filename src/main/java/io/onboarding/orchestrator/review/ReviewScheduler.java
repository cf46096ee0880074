package io.onboarding.orchestrator.review;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.client.ClientSnapshot;
import io.onboarding.orchestrator.client.KycLevelRaised;

/**
 * Opens what ongoing due diligence asks for (SPEC 5.5): the periodic reviews that fell
 * due, looked for every {@code onboarding.reviews.poll-interval} on every node (each due
 * client is locked by the node that opens its review; the others skip it), and the
 * application of an active client whose KYC level an officer raised. No process waits
 * years for a timer: the due date is a column, and this opens what is due.
 */
@Component
class ReviewScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReviewScheduler.class);

	private static final int BATCH = 50;

	private final ClientLifecycle lifecycle;

	private final ClientDirectory clients;

	private final ClientReviewProcess reviews;

	private final TransactionTemplate transaction;

	ReviewScheduler(ClientLifecycle lifecycle, ClientDirectory clients, ClientReviewProcess reviews,
			PlatformTransactionManager transactions) {
		this.lifecycle = lifecycle;
		this.clients = clients;
		this.reviews = reviews;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${onboarding.reviews.poll-interval:PT1M}",
			initialDelayString = "${onboarding.reviews.poll-interval:PT1M}")
	void openDueReviews() {
		int opened;
		do {
			opened = transaction.execute(status -> {
				List<UUID> due = lifecycle.dueForReview(BATCH);
				due.forEach(
						clientId -> reviews.open(clientId, "periodic", clients.snapshot(clientId).kycLevel().name()));
				return due.size();
			});
			if (opened > 0) {
				log.info("Periodic reviews opened: {}", opened);
			}
		}
		while (opened == BATCH);
	}

	/**
	 * A true match confirmed by two officers: the client is frozen
	 * ({@code clients/status-changed}) and reviewed at its level, unless an application
	 * of it is open already (that one decides) or it is blacklisted.
	 */
	@Transactional
	public void trueMatchConfirmed(UUID clientId) {
		lifecycle.frozenByScreening(clientId);
		ClientSnapshot client = clients.snapshot(clientId);
		if (!reviews.hasOpenApplication(clientId) && !client.blacklisted() && !client.status().hasEnded()) {
			reviews.open(clientId, "screening", client.kycLevel().name());
		}
	}

	/**
	 * An officer raised an active client's KYC level: an application at the new level.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void kycLevelRaised(KycLevelRaised raised) {
		if (!reviews.hasOpenApplication(raised.clientId())) {
			reviews.open(raised.clientId(), "level_change", raised.kycLevel().name());
		}
	}

}
