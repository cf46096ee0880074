package io.onboarding.orchestrator.application;

import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.api.DecisionErrors;
import io.onboarding.orchestrator.client.ClientBlacklisted;
import io.onboarding.orchestrator.client.ClientClosed;
import io.onboarding.orchestrator.client.ClientUpdates;

/**
 * What integrators and officers ask of an application over the API: each checks that the
 * application waits for it (409 otherwise) and then moves the process, in one
 * transaction. The process's own steps go through {@link ApplicationLifecycle}.
 */
@Service
class ApplicationRequests {

	private final Applications applications;

	private final DecisionRecords decisions;

	private final ApplicationLifecycle lifecycle;

	private final ApplicationQueries queries;

	private final KycApplicationProcess process;

	private final ClientUpdates clients;

	private final ClientSnapshots snapshots;

	private final Clock clock;

	ApplicationRequests(Applications applications, DecisionRecords decisions, ApplicationLifecycle lifecycle,
			ApplicationQueries queries, KycApplicationProcess process, ClientUpdates clients, ClientSnapshots snapshots,
			Clock clock) {
		this.snapshots = snapshots;
		this.applications = applications;
		this.decisions = decisions;
		this.lifecycle = lifecycle;
		this.queries = queries;
		this.process = process;
		this.clients = clients;
		this.clock = clock;
	}

	/** An officer's decision, the same as completing the review task in Tasklist. */
	@Transactional
	ApplicationView decide(UUID id, ReviewOutcome outcome, String reason, String actor) {
		// the row lock makes two officers deciding at once take turns: the second finds
		// no task left
		Application application = applications.requireForUpdate(id);
		Task task = process.openReview(application)
			.orElseThrow(() -> new ConflictException(
					"Application " + id + " is " + application.status().value() + " and waits for no decision"));
		if (application.awaitsSecondApproval() && !outcome.isVerdict()) {
			throw new ConflictException("Application " + id + " waits for the second approval of a high-risk "
					+ "application: approve or decline");
		}
		try {
			process.decide(task, outcome, reason, actor);
		}
		catch (ProcessEngineException e) {
			throw DecisionErrors.unwrap(e, "Application " + id + " was decided by someone else at the same time");
		}
		return queries.view(id);
	}

	/** The integrator answers a request for information: a client patch and a note. */
	@Transactional
	ApplicationView answer(UUID id, JsonNode clientPatch, String note, String actor) {
		Application application = applications.requireForUpdate(id);
		application.requireAwaitingInformation();
		if (!process.awaitsInformation(application)) {
			throw new ConflictException("Application " + id + " waits for its applicant to verify again at the "
					+ "provider (the client's verification.url), not for information from the integrator");
		}
		if (clientPatch != null && !clientPatch.isNull()) {
			clients.update(application.clientId(), clientPatch);
		}
		decisions.save(new DecisionRecord(id, "information", "information_received", note, actor, clock.instant(),
				snapshots.of(application.clientId())));
		process.informationReceived(application);
		return queries.view(id);
	}

	/** The integrator submits an application that was returned for revision. */
	@Transactional
	ApplicationView resubmit(UUID id) {
		Application application = applications.requireForUpdate(id);
		application.requireReturnedForRevision();
		lifecycle.resubmitted(id);
		process.resubmitted(application);
		return queries.view(id);
	}

	@Transactional
	ApplicationView withdraw(UUID id, String reason, String actor) {
		Application application = applications.requireForUpdate(id);
		if (!application.isOpen()) {
			throw new ConflictException(
					"Application " + id + " is " + application.status().value() + " and can't be withdrawn");
		}
		process.withdrawn(application, reason == null ? "withdrawn by the integrator" : reason, actor);
		return queries.view(id);
	}

	/**
	 * Ends the open application of a client whose relationship an officer just closed, in
	 * that transaction: withdrawn, with the officer as its actor.
	 */
	@EventListener
	@Transactional
	public void clientClosed(ClientClosed closed) {
		if (closed.applicationId() == null) {
			return;
		}
		Application application = applications.require(closed.applicationId());
		if (application.isOpen()) {
			process.withdrawn(application, "the relationship was closed", closed.actor());
		}
	}

	/**
	 * Ends the open application of a client an officer just blacklisted, in that
	 * transaction.
	 */
	@EventListener
	@Transactional
	public void clientBlacklisted(ClientBlacklisted blacklisted) {
		if (blacklisted.applicationId() == null) {
			return;
		}
		Application application = applications.require(blacklisted.applicationId());
		if (application.isOpen()) {
			process.blacklisted(application);
		}
	}

}
