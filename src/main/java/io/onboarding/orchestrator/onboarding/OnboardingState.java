package io.onboarding.orchestrator.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.application.ApplicationQueries;
import io.onboarding.orchestrator.application.ApplicationView;
import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.migration.MigrationRequests;
import java.util.Objects;

/**
 * Where a client's onboarding stands, read from the engine (SPEC 3.2
 * {@code /onboarding}): every process instance that concerns the client (they share its
 * id as business key; a migration's carries the migration's id), what each waits at, its
 * open tasks and incidents, and a timeline of the steps with who completed the user
 * tasks, plus every decision with its reason and actor.
 */
@Component
class OnboardingState {

	private final HistoryService history;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final RepositoryService repository;

	private final ClientDirectory clients;

	private final ApplicationQueries applications;

	private final MigrationRequests migrations;

	OnboardingState(HistoryService history, RuntimeService runtime, TaskService tasks, RepositoryService repository,
			ClientDirectory clients, ApplicationQueries applications, MigrationRequests migrations) {
		this.migrations = migrations;
		this.history = history;
		this.runtime = runtime;
		this.tasks = tasks;
		this.repository = repository;
		this.clients = clients;
		this.applications = applications;
	}

	View of(UUID clientId) {
		clients.snapshot(clientId);
		String key = clientId.toString();
		List<HistoricProcessInstance> instances = new ArrayList<>(history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(key)
			.orderByProcessInstanceStartTime()
			.asc()
			.list());
		for (UUID migration : migrations.migrationsOf(clientId)) {
			instances.addAll(history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(migration.toString())
				.list());
		}
		instances.sort(Comparator.comparing(HistoricProcessInstance::getStartTime));
		Map<String, ProcessDefinition> definitions = instances.isEmpty() ? Map.of()
				: repository.createProcessDefinitionQuery()
					.processDefinitionIdIn(instances.stream()
						.map(HistoricProcessInstance::getProcessDefinitionId)
						.distinct()
						.toArray(String[]::new))
					.list()
					.stream()
					.collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
		Map<String, List<HistoricTaskInstance>> userTasks = history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(key)
			.list()
			.stream()
			.collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
		List<Process> processes = new ArrayList<>();
		List<Step> timeline = new ArrayList<>();
		for (HistoricProcessInstance instance : instances) {
			ProcessDefinition definition = definitions.get(instance.getProcessDefinitionId());
			List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
				.processInstanceId(instance.getId())
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.list();
			Map<String, HistoricTaskInstance> taskByActivityInstance = userTasks
				.getOrDefault(instance.getId(), List.of())
				.stream()
				.collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, Function.identity(),
						(a, b) -> a));
			for (HistoricActivityInstance step : steps) {
				if (step.getActivityName() == null || step.getActivityType().contains("Gateway")) {
					continue;
				}
				HistoricTaskInstance task = taskByActivityInstance.get(step.getId());
				timeline.add(new Step(instance.getId(), definition == null ? null : definition.getKey(),
						step.getActivityId(), step.getActivityName(), step.getActivityType(),
						instant(step.getStartTime()), instant(step.getEndTime()),
						task != null && task.getEndTime() != null ? task.getAssignee() : null));
			}
			processes.add(process(instance, definition));
		}
		timeline.sort(Comparator.comparing(Step::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
		List<ApplicationView> applicationViews = applications.ofClient(clientId);
		List<Decision> decisions = applicationViews.stream()
			.flatMap(a -> a.decisions()
				.stream()
				.map(d -> new Decision(a.id(), d.step(), d.outcome(), d.reason(), d.actor(), d.decidedAt())))
			.toList();
		return new View(clientId, processes, timeline, decisions);
	}

	private Process process(HistoricProcessInstance instance, ProcessDefinition definition) {
		boolean active = instance.getEndTime() == null;
		List<Incident> incidents = active ? runtime.createIncidentQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.map(i -> new Incident(i.getIncidentType(), i.getActivityId(), i.getIncidentMessage(),
					instant(i.getIncidentTimestamp())))
			.toList() : List.of();
		List<Activity> current = active ? current(runtime.getActivityInstance(instance.getId())) : List.of();
		List<OpenTask> open = active ? tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.map(t -> new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(),
					tasks.getIdentityLinksForTask(t.getId())
						.stream()
						.map(IdentityLink::getGroupId)
						.filter(Objects::nonNull)
						.toList(),
					t.getAssignee(), instant(t.getDueDate()), instant(t.getCreateTime())))
			.toList() : List.of();
		String state = !incidents.isEmpty() ? "incident" : active ? "active" : "completed";
		return new Process(instance.getId(), definition == null ? null : definition.getKey(),
				definition == null ? null : definition.getVersion(), state, instant(instance.getStartTime()),
				instant(instance.getEndTime()), current, open, incidents);
	}

	/**
	 * Where the instance waits: its innermost activities, and the steps whose job has not
	 * run yet (an asynchronous step, or one in an incident), which the history does not
	 * know as started.
	 */
	private static List<Activity> current(ActivityInstance root) {
		List<Activity> found = new ArrayList<>();
		if (root == null) {
			return found;
		}
		for (TransitionInstance waiting : root.getChildTransitionInstances()) {
			found.add(new Activity(waiting.getActivityId(), waiting.getActivityName(), waiting.getActivityType()));
		}
		for (ActivityInstance child : root.getChildActivityInstances()) {
			if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
				found.add(new Activity(child.getActivityId(), child.getActivityName(), child.getActivityType()));
			}
			else {
				found.addAll(current(child));
			}
		}
		return found;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	record View(UUID clientId, List<Process> processes, List<Step> timeline, List<Decision> decisions) {
	}

	record Process(String id, String definitionKey, Integer definitionVersion, String state, Instant startedAt,
			Instant endedAt, List<Activity> currentActivities, List<OpenTask> openTasks, List<Incident> incidents) {
	}

	record Activity(String id, String name, String type) {
	}

	record OpenTask(String id, String name, String taskDefinitionKey, List<String> candidateGroups, String assignee,
			Instant due, Instant createdAt) {
	}

	record Incident(String type, String activityId, String message, Instant at) {
	}

	record Step(String processInstanceId, String definitionKey, String activityId, String name, String type,
			Instant startedAt, Instant endedAt, String completedBy) {
	}

	record Decision(UUID applicationId, String step, String outcome, String reason, String actor, Instant decidedAt) {
	}

}
