package io.onboarding.orchestrator.screening;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.ClientProcessInstances;
import io.onboarding.orchestrator.infrastructure.ProcessVariables;
import io.onboarding.orchestrator.infrastructure.TaskActors;

/**
 * The {@code screening-review} process (SPEC 5.5): an officer reviews a hit on an active
 * client; a true match is confirmed by a senior officer, then the client is frozen and a
 * KYC review opens. Carries the hit's id; the client's id is its business key.
 */
@Component
public class ScreeningReviewProcess {

	public static final String KEY = "screening-review";

	public static final String HIT_ID = "hitId";

	public static final String CLIENT_ID = "clientId";

	public static final String OUTCOME = "outcome";

	public static final String REASON = "reason";

	public static final String DECIDED_BY = TaskActors.DECIDED_BY;

	public static final String TASK_REVIEW = "UserTask_ReviewHit";

	public static final String TASK_CONFIRM = "UserTask_ConfirmTrueMatch";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ClientProcessInstances instances;

	ScreeningReviewProcess(RuntimeService runtime, TaskService tasks, ClientProcessInstances instances) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.instances = instances;
	}

	void start(UUID hitId, UUID clientId) {
		runtime.startProcessInstanceByKey(KEY, clientId.toString(),
				Map.of(HIT_ID, hitId.toString(), CLIENT_ID, clientId.toString()));
	}

	/**
	 * The review task the hit waits at, if it waits at one: found by the client's
	 * business key, not by a variable's value (see ClientProcessInstances).
	 */
	Optional<Task> openTask(UUID hitId, UUID clientId) {
		return instances.running(clientId, KEY, HIT_ID, hitId.toString())
			.stream()
			.flatMap(instance -> tasks.createTaskQuery().processInstanceId(instance).list().stream())
			.findFirst();
	}

	/** Completes the task as Tasklist does; its listener records the decision. */
	void decide(Task task, Hit.Outcome outcome, String reason, String actor) {
		TaskActors.complete(tasks, task, actor, Map.of(OUTCOME, outcome.value(), REASON, reason == null ? "" : reason));
	}

	public static UUID hitId(VariableScope scope) {
		return ProcessVariables.id(scope, HIT_ID);
	}

	public static UUID clientId(VariableScope scope) {
		return ProcessVariables.id(scope, CLIENT_ID);
	}

	static String outcome(VariableScope scope) {
		return ProcessVariables.text(scope, OUTCOME);
	}

	static String reason(VariableScope scope) {
		String reason = ProcessVariables.text(scope, REASON);
		return reason == null || reason.isBlank() ? null : reason;
	}

}
