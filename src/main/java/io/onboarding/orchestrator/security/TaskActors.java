package io.onboarding.orchestrator.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import io.onboarding.orchestrator.api.BusinessRuleException;

/**
 * Who completes a user task: the Camunda user logged in (Tasklist, the engine REST API),
 * or, over the service's API where no Camunda user is logged in, the API key's name
 * handed in with the completion. A logged-in user always wins, so nobody can complete a
 * task in another's name.
 */
public final class TaskActors {

	/** The process variable the service's API hands the actor in. */
	public static final String DECIDED_BY = "decidedBy";

	private TaskActors() {
	}

	public static String of(DelegateTask task, IdentityService identity) {
		Authentication authentication = identity.getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		Object decidedBy = task.getVariable(DECIDED_BY);
		if (decidedBy instanceof String name && !name.isBlank()) {
			return name;
		}
		throw new BusinessRuleException("A review decision needs a known officer");
	}

}
