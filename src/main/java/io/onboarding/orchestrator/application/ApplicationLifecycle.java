package io.onboarding.orchestrator.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.screening.Screening;
import io.onboarding.orchestrator.client.RiskLevel;
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * Moves KYC applications through their lifecycle as {@code kyc-application} and the
 * migration drive them. Every move is recorded (who, why), keeps the client's view
 * current and publishes {@code applications/<status>}. What integrators and officers ask
 * over the API goes through {@link ApplicationRequests}.
 */
@Service
public class ApplicationLifecycle {

	static final String RULE = "rule";

	static final String SYSTEM = "system";

	private final Applications applications;

	private final DecisionRecords decisions;

	private final ClientLifecycle clients;

	private final ApplicationEvents events;

	private final Screening screening;

	private final ClientSnapshots snapshots;

	private final Clock clock;

	ApplicationLifecycle(Applications applications, DecisionRecords decisions, ClientLifecycle clients,
			ApplicationEvents events, Screening screening, ClientSnapshots snapshots, Clock clock) {
		this.snapshots = snapshots;
		this.screening = screening;
		this.applications = applications;
		this.decisions = decisions;
		this.clients = clients;
		this.events = events;
		this.clock = clock;
	}

	/** Opens an application for the client and submits it for review. Returns its id. */
	@Transactional
	public UUID openAndSubmit(UUID clientId) {
		Application application = new Application(UUID.randomUUID(), clientId, clock.instant());
		application.submit(clock.instant());
		applications.save(application);
		clients.applicationOpened(clientId, application.id());
		events.statusChanged(application);
		return application.id();
	}

	/**
	 * Opens and submits the review of an active client (periodic, at a raised KYC level,
	 * or after a confirmed screening hit). Returns its id.
	 */
	@Transactional
	public UUID openReview(UUID clientId, String kind) {
		Application application = new Application(UUID.randomUUID(), clientId,
				WireValue.of(Application.Kind.class, kind), clock.instant());
		application.submit(clock.instant());
		applications.save(application);
		clients.reviewOpened(clientId, application.id());
		events.statusChanged(application);
		return application.id();
	}

	/** Whether the application still waits for its decision. */
	@Transactional(readOnly = true)
	public boolean isOpen(UUID applicationId) {
		return applications.require(applicationId).isOpen();
	}

	/**
	 * Records that the client was verified at the provider it was migrated from: an
	 * application, approved by the migration (the provider named as who decided) and
	 * completed at once, so that the audit trail says why this client never met an
	 * officer. Returns its id.
	 */
	@Transactional
	public UUID approveByMigration(UUID clientId, String serviceProvider) {
		Instant now = clock.instant();
		Application draft = new Application(UUID.randomUUID(), clientId, now);
		draft.submit(now);
		String actor = "migration:" + serviceProvider;
		String reason = "verified at " + serviceProvider + ": approved by migration";
		draft.approve(actor, reason, now);
		// save() merges an entity with an assigned id: the managed copy it returns is the
		// one to change
		Application application = applications.save(draft);
		clients.applicationOpened(clientId, application.id());
		record(application, "migration", "approve", reason, actor);
		application.complete(clock.instant());
		events.statusChanged(application);
		return application.id();
	}

	/** Stores the screening's verdict on the application and the client's risk level. */
	@Transactional
	void screened(UUID applicationId, RiskLevel riskLevel, ScreeningFacts facts) {
		Application application = applications.requireForUpdate(applicationId);
		application.screened(riskLevel, facts.reasons(), clock.instant());
		clients.riskAssessed(application.clientId(), riskLevel);
	}

	@Transactional
	void startReview(UUID applicationId) {
		Application application = applications.requireForUpdate(applicationId);
		application.startReview(clock.instant());
		events.statusChanged(application);
	}

	/**
	 * Records an officer's review (from Tasklist or the API; both complete the same
	 * task). A high-risk approval becomes the first of two.
	 */
	@Transactional
	void reviewed(UUID applicationId, ReviewOutcome outcome, String reason, String actor) {
		Application application = applications.requireForUpdate(applicationId);
		Instant now = clock.instant();
		switch (outcome) {
			case APPROVE -> {
				if (application.riskLevel() == RiskLevel.HIGH) {
					application.approveFirst(actor, reason, now);
				}
				else {
					application.approve(actor, reason, now);
				}
			}
			case DECLINE -> application.decline(actor, reason, now);
			case REQUEST_INFORMATION -> application.requestInformation(actor, reason, now);
			case RETURN_FOR_REVISION -> application.returnForRevision(actor, reason, now);
		}
		record(application, "review", outcome.value(), reason, actor);
	}

	/** The second officer's verdict on a high-risk approval: approve or decline. */
	@Transactional
	void secondReviewed(UUID applicationId, ReviewOutcome outcome, String reason, String actor) {
		Application application = applications.requireForUpdate(applicationId);
		if (!outcome.isVerdict()) {
			throw new BusinessRuleException("data.decision", "The second review approves or declines");
		}
		if (outcome == ReviewOutcome.APPROVE) {
			application.approve(actor, reason, clock.instant());
		}
		else {
			application.decline(actor, reason, clock.instant());
		}
		record(application, "second_review", outcome.value(), reason, actor);
	}

	/** The provider verified the applicant (SPEC 6.3): on to screening. */
	@Transactional
	void identityVerified(UUID applicationId, String provider) {
		Application application = applications.requireForUpdate(applicationId);
		application.identityVerified(clock.instant());
		record(application, "verification", "verified", null, "provider:" + provider);
	}

	/** The provider rejected the applicant for good: declined with its reject labels. */
	@Transactional
	void declinedByProvider(UUID applicationId, String provider, List<String> labels) {
		Application application = applications.requireForUpdate(applicationId);
		String reason = reason(provider, labels, "rejected");
		application.declineByProvider(provider, reason, clock.instant());
		record(application, "verification", "decline", reason, "provider:" + provider);
	}

	/**
	 * The provider asks the applicant to try again: a request for information, the labels
	 * its reason.
	 */
	@Transactional
	void retryRequestedByProvider(UUID applicationId, String provider, List<String> labels) {
		Application application = applications.requireForUpdate(applicationId);
		String reason = reason(provider, labels, "asks for a retry");
		application.retryRequestedByProvider(provider, reason, clock.instant());
		record(application, "verification", "request_information", reason, "provider:" + provider);
	}

	private static String reason(String provider, List<String> labels, String what) {
		return labels.isEmpty() ? provider + " " + what : String.join(", ", labels);
	}

	@Transactional
	void approveByRule(UUID applicationId) {
		Application application = applications.requireForUpdate(applicationId);
		application.approve(RULE, "low risk: approved by rule", clock.instant());
		record(application, "screening", "approve", application.reason(), RULE);
	}

	@Transactional
	void autoDecline(UUID applicationId, String reason) {
		Application application = applications.requireForUpdate(applicationId);
		application.autoDecline(reason, clock.instant());
		record(application, "screening", "auto_decline", reason, SYSTEM);
	}

	@Transactional
	void withdraw(UUID applicationId, String reason, String actor) {
		Application application = applications.requireForUpdate(applicationId);
		application.withdraw(reason, clock.instant());
		record(application, "withdrawal", "withdraw", reason, actor);
		// a withdrawn application is completed at once, so complete() finds nothing to
		// end: its list matches close here
		screening.applicationEnded(applicationId, false, actor);
	}

	@Transactional
	void resubmitted(UUID applicationId) {
		Application application = applications.requireForUpdate(applicationId);
		application.submit(clock.instant());
		events.statusChanged(application);
	}

	/** Publishes the reminder of an open request for information. */
	@Transactional
	void remindOfInformation(UUID applicationId) {
		events.publish(applications.require(applicationId), "information-reminder");
	}

	/**
	 * The follow-up of the decision is done. Returns the decision, which the onboarding
	 * acts on.
	 */
	@Transactional
	Application.Decision complete(UUID applicationId) {
		Application application = applications.requireForUpdate(applicationId);
		if (application.complete(clock.instant())) {
			events.statusChanged(application);
			// the list matches weighed in this application end with it
			boolean approved = application.decision() == Application.Decision.APPROVED;
			String actor = application.secondApprovedBy() != null ? application.secondApprovedBy()
					: application.reviewedBy() != null ? application.reviewedBy() : RULE;
			screening.applicationEnded(applicationId, approved, actor);
		}
		return application.decision();
	}

	private void record(Application application, String step, String outcome, String reason, String actor) {
		decisions.save(new DecisionRecord(application.id(), step, outcome, reason, actor, clock.instant(),
				snapshots.of(application.clientId())));
		events.statusChanged(application);
	}

}
