package io.onboarding.orchestrator.infrastructure;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;

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

	/**
	 * Completes a review task over the service's API as Tasklist does: the officer
	 * becomes its assignee (so the engine's history shows who, as for a task claimed
	 * there) and is handed to its listener as {@link #DECIDED_BY}, beside the decision's
	 * variables.
	 */
	public static void complete(TaskService tasks, Task task, String actor, Map<String, Object> decision) {
		if (task.getAssignee() == null) {
			tasks.setAssignee(task.getId(), actor);
		}
		Map<String, Object> variables = new HashMap<>(decision);
		variables.put(DECIDED_BY, actor);
		tasks.complete(task.getId(), variables);
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
		// Tasklist and the engine's REST API need a login, and the service's API names
		// its key: a task completed by nobody is a broken caller, not bad input
		throw new IllegalStateException("A review decision needs a known officer");
	}

}
