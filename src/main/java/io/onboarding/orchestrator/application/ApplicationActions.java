package io.onboarding.orchestrator.application;

import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.api.NotFoundException;
import io.onboarding.orchestrator.client.ClientService;

/**
 * What integrators and officers do to an application over the API: each checks that the
 * application waits for it (409 otherwise) and then moves the process, in one
 * transaction.
 */
@Service
public class ApplicationActions {

	private final Applications applications;

	private final ApplicationDecisions decisions;

	private final ApplicationService service;

	private final KycApplicationProcess process;

	private final ClientService clients;

	private final Clock clock;

	ApplicationActions(Applications applications, ApplicationDecisions decisions, ApplicationService service,
			KycApplicationProcess process, ClientService clients, Clock clock) {
		this.applications = applications;
		this.decisions = decisions;
		this.service = service;
		this.process = process;
		this.clients = clients;
		this.clock = clock;
	}

	/** An officer's decision, the same as completing the review task in Tasklist. */
	@Transactional
	public ApplicationView decide(UUID id, ReviewOutcome outcome, String reason, String actor) {
		// the row lock makes two officers deciding at once take turns: the second finds
		// no task left
		Application application = applications.findForUpdate(id)
			.orElseThrow(() -> new NotFoundException("Application", id));
		Task task = process.openReview(application)
			.orElseThrow(() -> new ConflictException(
					"Application " + id + " is " + application.status() + " and waits for no decision"));
		boolean secondReview = KycApplicationProcess.TASK_SECOND_REVIEW.equals(task.getTaskDefinitionKey());
		if (secondReview && outcome != ReviewOutcome.APPROVE && outcome != ReviewOutcome.DECLINE) {
			throw new ConflictException("Application " + id + " waits for the second approval of a high-risk "
					+ "application: approve or decline");
		}
		try {
			process.decide(task, outcome.value(), reason, actor);
		}
		catch (OptimisticLockingException e) {
			throw new ConflictException("Application " + id + " was decided by someone else at the same time");
		}
		catch (ProcessEngineException e) {
			throw unwrap(e, id);
		}
		return service.view(id);
	}

	/** The integrator answers a request for information: a client patch and a note. */
	@Transactional
	public ApplicationView answer(UUID id, JsonNode clientPatch, String note, String actor) {
		Application application = applications.findForUpdate(id)
			.orElseThrow(() -> new NotFoundException("Application", id));
		if (!Application.REQUEST_FOR_INFORMATION.equals(application.status())) {
			throw new ConflictException(
					"Application " + id + " is " + application.status() + " and asks for no information");
		}
		if (clientPatch != null && !clientPatch.isNull()) {
			clients.update(application.clientId(), clientPatch);
		}
		decisions
			.save(new ApplicationDecision(id, "information", "information_received", note, actor, clock.instant()));
		process.informationReceived(application);
		return service.view(id);
	}

	/** The integrator submits an application that was returned for revision. */
	@Transactional
	public ApplicationView resubmit(UUID id) {
		Application application = find(id);
		if (!Application.ADMIN_REVISION.equals(application.status())) {
			throw new ConflictException("Application " + id + " is " + application.status()
					+ "; only an application returned for revision is submitted again");
		}
		service.resubmitted(id);
		process.resubmitted(application);
		return service.view(id);
	}

	@Transactional
	public ApplicationView withdraw(UUID id, String reason, String actor) {
		Application application = find(id);
		if (!application.isOpen()) {
			throw new ConflictException(
					"Application " + id + " is " + application.status() + " and can't be withdrawn");
		}
		process.withdrawn(application, reason == null ? "withdrawn by the integrator" : reason, actor);
		return service.view(id);
	}

	/** Ends the open application of a client who was just blacklisted. */
	@Transactional
	public void clientBlacklisted(UUID applicationId) {
		if (applicationId == null) {
			return;
		}
		Application application = find(applicationId);
		if (application.isOpen()) {
			process.blacklisted(application);
		}
	}

	private Application find(UUID id) {
		return applications.findById(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

	private static RuntimeException unwrap(ProcessEngineException e, UUID id) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof BusinessRuleException rule) {
				return rule;
			}
			if (cause instanceof ConflictException conflict) {
				return conflict;
			}
			if (cause instanceof org.springframework.dao.OptimisticLockingFailureException) {
				return new ConflictException("Application " + id + " was changed by someone else at the same time");
			}
		}
		if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
			return new ConflictException("Application " + id + " was decided by someone else at the same time");
		}
		return e;
	}

}
