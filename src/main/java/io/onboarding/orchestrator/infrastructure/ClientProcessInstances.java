package io.onboarding.orchestrator.infrastructure;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A client's running process instances of one definition whose variable has a value: the
 * running application of an application id, the onboarding of a relation. Every instance
 * carries the client's id as business key (indexed), so the engine finds them by it and
 * the definition, and the variable tells them apart here. Asking the engine for the
 * instance whose variable has the value instead made PostgreSQL test that variable of
 * every open instance: 1.1 s per decision with 1,800 open reviews (issue #9, see bench/).
 */
@Component
public class ClientProcessInstances {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	public ClientProcessInstances(RuntimeService runtimeService, TaskService taskService) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
	}

	/**
	 * The ids of the client's running instances of the definition whose variable has the
	 * value.
	 */
	public List<String> running(UUID clientId, String definitionKey, String variable, String value) {
		String[] instances = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(clientId.toString())
			.processDefinitionKey(definitionKey)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toArray(String[]::new);
		return withValue(instances, variable, value);
	}

	/**
	 * The open tasks of those instances at one of the task definitions: the tasks found
	 * by the business key first, then their instances told apart by the variable. Two
	 * queries, where finding the instances first took three (a decision's request).
	 */
	public List<Task> openTasks(UUID clientId, String definitionKey, String variable, String value,
			String... taskDefinitionKeys) {
		List<Task> tasks = taskService.createTaskQuery()
			.processInstanceBusinessKey(clientId.toString())
			.processDefinitionKey(definitionKey)
			.taskDefinitionKeyIn(taskDefinitionKeys)
			.list();
		if (tasks.isEmpty()) {
			return List.of();
		}
		Set<String> instances = Set.copyOf(withValue(
				tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new), variable, value));
		return tasks.stream().filter(task -> instances.contains(task.getProcessInstanceId())).toList();
	}

	/** Those of the instances whose variable has the value. */
	private List<String> withValue(String[] instances, String variable, String value) {
		if (instances.length == 0) {
			return List.of();
		}
		// One query over those instances, not getVariable for each: an instance that
		// ended in between (the job executor runs on) is not found, where getVariable
		// failed the engine's command, and with it the caller's transaction, however it
		// was caught.
		return runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(instances)
			.variableName(variable)
			.list()
			.stream()
			.filter(instance -> value.equals(instance.getValue()))
			.map(VariableInstance::getProcessInstanceId)
			.distinct()
			.toList();
	}

}
