package io.onboarding.orchestrator.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.client.Client;
import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.client.Identification;
import io.onboarding.orchestrator.client.ReservedAttributes;
import io.onboarding.orchestrator.relation.RelationService;
import io.onboarding.orchestrator.validation.Formats;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * Moves KYC applications through their lifecycle. Every move is recorded (who, why),
 * keeps the client's view current and publishes {@code applications/<status>}.
 */
@Service
public class ApplicationService {

	static final String RULE = "rule";
	static final String SYSTEM = "system";

	private final Applications applications;

	private final ApplicationDecisions decisions;

	private final ClientService clients;

	private final RelationService relations;

	private final EventPublisher events;

	private final ApplicationSettings settings;

	private final Clock clock;

	ApplicationService(Applications applications, ApplicationDecisions decisions, ClientService clients,
			RelationService relations, EventPublisher events, ApplicationSettings settings, Clock clock) {
		this.applications = applications;
		this.decisions = decisions;
		this.clients = clients;
		this.relations = relations;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Opens an application for the client and submits it for review. Returns its id. */
	@Transactional
	public UUID openAndSubmit(UUID clientId) {
		Application application = new Application(UUID.randomUUID(), clientId, clock.instant());
		application.submit(clock.instant());
		applications.save(application);
		clients.applicationOpened(clientId, application.id());
		publish(application);
		return application.id();
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
		publish(application);
		return application.id();
	}

	/**
	 * Reads what screening decides on from the client record. The application's row is
	 * locked here already: "Record screening result" changes it in the same transaction
	 * and must not find it stale.
	 */
	@Transactional
	ScreeningFacts facts(UUID applicationId) {
		Application application = lock(applicationId);
		Client client = clients.client(application.clientId());
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		boolean underage = client.identity().isIndividual() && Formats.parseDate(client.identity().birthDate())
			.map(birth -> birth.plusYears(18).isAfter(today))
			.orElse(false);
		List<String> countries = new java.util.ArrayList<>();
		countries.add(client.identity().country());
		if (client.profile().primaryAddress() != null) {
			countries.add(client.profile().primaryAddress().country());
		}
		boolean highRiskCountry = countries.stream()
			.anyMatch(c -> c != null && settings.screening().highRiskCountries().contains(c));
		List<Identification> documents = client.identity().identifications() == null ? List.of()
				: client.identity().identifications();
		boolean expired = documents.stream()
			.anyMatch(d -> Formats.parseDate(d.expirationDate()).map(date -> date.isBefore(today)).orElse(false));
		Object riskScore = client.attributes().get("riskScore");
		return new ScreeningFacts(client.blacklisted(), underage, ReservedAttributes.isPep(client.attributes()),
				highRiskCountry, relations.hasScreeningHits(client.id()), expired,
				riskScore instanceof String score ? score : "");
	}

	/** Stores the screening's verdict on the application and the client's risk level. */
	@Transactional
	void screened(UUID applicationId, String riskLevel, ScreeningFacts facts) {
		Application application = lock(applicationId);
		application.screened(riskLevel, facts.reasons(), clock.instant());
		clients.riskAssessed(application.clientId(), riskLevel);
	}

	@Transactional
	void startReview(UUID applicationId) {
		Application application = lock(applicationId);
		application.startReview(clock.instant());
		publish(application);
	}

	/**
	 * Records an officer's review (from Tasklist or the API; both complete the same
	 * task). A high-risk approval becomes the first of two.
	 */
	@Transactional
	void reviewed(UUID applicationId, ReviewOutcome outcome, String reason, String actor, boolean highRisk) {
		Application application = lock(applicationId);
		Instant now = clock.instant();
		switch (outcome) {
			case APPROVE -> {
				if (highRisk) {
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

	/**
	 * The second officer's verdict on a high-risk approval; the same person can't give
	 * both.
	 */
	@Transactional
	void secondReviewed(UUID applicationId, ReviewOutcome outcome, String reason, String actor) {
		Application application = lock(applicationId);
		if (outcome == ReviewOutcome.APPROVE) {
			application.approve(actor, reason, clock.instant());
		}
		else if (outcome == ReviewOutcome.DECLINE) {
			application.decline(actor, reason, clock.instant());
		}
		else {
			throw new io.onboarding.orchestrator.api.BusinessRuleException("data.decision",
					"The second review approves or declines");
		}
		record(application, "second_review", outcome.value(), reason, actor);
	}

	@Transactional
	void approveByRule(UUID applicationId) {
		Application application = lock(applicationId);
		application.approve(RULE, "low risk: approved by rule", clock.instant());
		record(application, "screening", "approve", application.reason(), RULE);
	}

	@Transactional
	void autoDecline(UUID applicationId, String reason) {
		Application application = lock(applicationId);
		application.autoDecline(reason, clock.instant());
		record(application, "screening", "auto_decline", reason, SYSTEM);
	}

	@Transactional
	void withdraw(UUID applicationId, String reason, String actor) {
		Application application = lock(applicationId);
		application.withdraw(reason, clock.instant());
		record(application, "withdrawal", "withdraw", reason, actor);
	}

	@Transactional
	void resubmitted(UUID applicationId) {
		Application application = lock(applicationId);
		application.submit(clock.instant());
		publish(application);
	}

	/** Publishes the reminder of an open request for information. */
	@Transactional
	void remindOfInformation(UUID applicationId) {
		Application application = find(applicationId);
		events.publish("applications", "information-reminder", application.clientId(), payload(application), Map.of());
	}

	/**
	 * The follow-up of the decision is done. Returns the decision, which the onboarding
	 * acts on.
	 */
	@Transactional
	String complete(UUID applicationId) {
		Application application = lock(applicationId);
		boolean alreadyCompleted = Application.COMPLETED.equals(application.status());
		application.complete(clock.instant());
		if (!alreadyCompleted) {
			publish(application);
		}
		return application.decision();
	}

	@Transactional(readOnly = true)
	public ApplicationView view(UUID applicationId) {
		Application application = find(applicationId);
		return ApplicationView.of(application,
				decisions.findByApplicationIdOrderByDecidedAt(applicationId)
					.stream()
					.map(ApplicationDecision::view)
					.toList());
	}

	/** Every application of the client, oldest first, each with its decisions. */
	@Transactional(readOnly = true)
	public List<ApplicationView> ofClient(UUID clientId) {
		return applications.findByClientIdOrderByCreatedAt(clientId)
			.stream()
			.map(a -> ApplicationView.of(a,
					decisions.findByApplicationIdOrderByDecidedAt(a.id())
						.stream()
						.map(ApplicationDecision::view)
						.toList()))
			.toList();
	}

	@Transactional(readOnly = true)
	Application application(UUID applicationId) {
		return find(applicationId);
	}

	private void record(Application application, String step, String outcome, String reason, String actor) {
		decisions.save(new ApplicationDecision(application.id(), step, outcome, reason, actor, clock.instant()));
		publish(application);
	}

	private void publish(Application application) {
		applications.flush();
		events.publish("applications", application.status(), application.clientId(), payload(application), Map.of());
	}

	private Map<String, Object> payload(Application application) {
		Client client = clients.client(application.clientId());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", client.id());
		summary.put("clientNumber", client.clientNumber());
		summary.put("fullName", client.fullName());
		summary.put("type", client.type());
		summary.put("status", client.status().value());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("application", ApplicationView.of(application, null));
		data.put("client", summary);
		return data;
	}

	private Application find(UUID id) {
		return applications.findById(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

	private Application lock(UUID id) {
		return applications.findForUpdate(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

}
