package io.onboarding.orchestrator.relation;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.client.RiskLevel;
import io.onboarding.orchestrator.infrastructure.ClientProcessInstances;
import io.onboarding.orchestrator.infrastructure.ProcessVariables;
import io.onboarding.orchestrator.infrastructure.TaskActors;

/** The process-facing side of {@code processes/relation-onboarding.bpmn}. */
@Component
class RelationOnboardingProcess {

	public static final String KEY = "relation-onboarding";

	public static final String RELATION_ID = "relationId";

	public static final String CLIENT_ID = "clientId";

	public static final String RISK_LEVEL = "riskLevel";

	public static final String OUTCOME = "outcome";

	public static final String DECIDED_BY = TaskActors.DECIDED_BY;

	public static final String TASK_REVIEW = "UserTask_ReviewRelatedParty";

	public static final String MESSAGE_DELETED = "RelationDeleted";

	/**
	 * What a client's KYC application waits for when its related parties are not screened
	 * yet.
	 */
	public static final String MESSAGE_RELATED_PARTIES_SCREENED = "RelatedPartiesScreened";

	/** The name of the watchlist a party matched, for the review form. */
	static final String WATCHLIST = "watchlist";

	private final RuntimeService runtimeService;

	private final ClientProcessInstances instances;

	private final TaskService taskService;

	static UUID relationId(VariableScope scope) {
		return ProcessVariables.id(scope, RELATION_ID);
	}

	static RiskLevel riskLevel(VariableScope scope) {
		return ProcessVariables.wireValue(scope, RISK_LEVEL, RiskLevel.class);
	}

	/** The facts as the relation-screening decision took them. */
	static RelationFacts facts(VariableScope scope) {
		String list = ProcessVariables.text(scope, WATCHLIST);
		return new RelationFacts(ProcessVariables.flag(scope, "watchlistMatch"),
				list == null || list.isEmpty() ? null : list, ProcessVariables.flag(scope, "pep"),
				ProcessVariables.flag(scope, "underage"), ProcessVariables.flag(scope, "highRiskCountry"));
	}

	static void facts(VariableScope scope, RelationFacts facts) {
		scope.setVariable("watchlistMatch", facts.watchlistMatch());
		scope.setVariable("pep", facts.pep());
		scope.setVariable("underage", facts.underage());
		scope.setVariable("highRiskCountry", facts.highRiskCountry());
		scope.setVariable(WATCHLIST, facts.watchlist() == null ? "" : facts.watchlist());
	}

	/**
	 * The officer's verdict on a hit: accept or reject, from Tasklist or any other
	 * client.
	 */
	static boolean accepted(VariableScope scope) {
		Object outcome = scope.getVariable(OUTCOME);
		if (!"accept".equals(outcome) && !"reject".equals(outcome)) {
			throw new BusinessRuleException("The outcome of a related party's review is accept or reject");
		}
		return "accept".equals(outcome);
	}

	RelationOnboardingProcess(RuntimeService runtimeService, ClientProcessInstances instances,
			TaskService taskService) {
		this.runtimeService = runtimeService;
		this.instances = instances;
		this.taskService = taskService;
	}

	/**
	 * The relation's open "Review related party" task, if its screening found a hit:
	 * found by the client's business key, not by a variable's value.
	 */
	Optional<Task> openReview(UUID relationId, UUID clientId) {
		return instances.openTasks(clientId, KEY, RELATION_ID, relationId.toString(), TASK_REVIEW).stream().findFirst();
	}

	/**
	 * Completes the review as Tasklist does, so that the task's listener records it the
	 * same way.
	 */
	void decide(Task task, boolean accept, String actor) {
		TaskActors.complete(taskService, task, actor, Map.of(OUTCOME, accept ? "accept" : "reject"));
	}

	/**
	 * One instance per relation, in the caller's transaction; screening runs after the
	 * first save point. The business key is the client's id, as for its onboarding and
	 * application: Cockpit finds all of a client's instances by it.
	 */
	void start(UUID relationId, UUID clientId) {
		runtimeService.startProcessInstanceByKey(KEY, clientId.toString(),
				Map.of(RELATION_ID, relationId.toString(), CLIENT_ID, clientId.toString()));
	}

	/**
	 * Ends the onboarding of a deleted relation, wherever it stands (see
	 * ClientProcessInstances).
	 */
	void relationDeleted(UUID clientId, UUID relationId) {
		instances.running(clientId, KEY, RELATION_ID, relationId.toString())
			.forEach(instance -> runtimeService.createMessageCorrelation(MESSAGE_DELETED)
				.processInstanceId(instance)
				.correlateAll());
	}

	/**
	 * Lets a KYC application that waits for the client's related parties go on. The
	 * application's business key is the client's id, so the waiting instance is found by
	 * the index on it.
	 */
	void relatedPartiesScreened(UUID clientId) {
		runtimeService.createMessageCorrelation(MESSAGE_RELATED_PARTIES_SCREENED)
			.processInstanceBusinessKey(clientId.toString())
			.correlateAll();
	}

}
