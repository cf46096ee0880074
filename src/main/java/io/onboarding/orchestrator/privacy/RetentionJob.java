package io.onboarding.orchestrator.privacy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.infrastructure.SafeLog;

/**
 * Erases the personal data of clients whose relationship ended longer ago than
 * {@code onboarding.retention.after-closure} (SPEC 7.5), looked for every
 * {@code onboarding.retention.poll-interval} on every node: each due client is locked by
 * the node that erases it and skipped by the others, a batch per transaction.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private static final int BATCH = 20;

	private static final String ACTOR = "retention";

	private final ClientLifecycle lifecycle;

	private final Erasure erasure;

	private final RetentionSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RetentionJob(ClientLifecycle lifecycle, Erasure erasure, RetentionSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.lifecycle = lifecycle;
		this.erasure = erasure;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onboarding.retention.poll-interval:PT1H}",
			initialDelayString = "${onboarding.retention.poll-interval:PT1H}")
	void eraseDue() {
		try {
			int erased;
			do {
				erased = transaction.execute(status -> {
					List<UUID> due = lifecycle.dueForErasure(cutoff(), BATCH);
					due.forEach(clientId -> erasure.erase(clientId, ACTOR));
					return due.size();
				});
				if (erased > 0) {
					log.info("Retention erased {} closed clients", erased);
				}
			}
			while (erased == BATCH);
		}
		catch (RuntimeException e) {
			log.warn("Retention could not run: {}", SafeLog.describe(e));
		}
	}

	private java.time.Instant cutoff() {
		return clock.instant().atZone(ZoneOffset.UTC).minus(settings.afterClosure()).toInstant();
	}

}
