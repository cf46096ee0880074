package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * The process-facing side of {@code processes/kyc-application.bpmn}: its key, element
 * ids, variables and messages, and the ways the API reaches a running application.
 */
@Component
public class KycApplicationProcess {

	public static final String KEY = "kyc-application";

	public static final String APPLICATION_ID = "applicationId";

	public static final String CLIENT_ID = "clientId";

	public static final String KYC_LEVEL = "kycLevel";

	public static final String RISK_LEVEL = "riskLevel";

	public static final String ROUTE = "route";

	public static final String OUTCOME = "outcome";

	public static final String REASON = "reason";

	public static final String DECIDED_BY = TaskActors.DECIDED_BY;

	public static final String DECISION = "decision";

	public static final String REVIEW_DUE_AT = "reviewDueAt";

	public static final String INFORMATION_TIMEOUT = "informationTimeout";

	public static final String INFORMATION_REMINDER_CYCLE = "informationReminderCycle";

	public static final String WITHDRAWAL_REASON = "withdrawalReason";

	public static final String WITHDRAWN_BY = "withdrawnBy";

	/**
	 * The verification provider of the application's KYC level, or null (set at the
	 * start).
	 */
	public static final String VERIFICATION_PROVIDER = "verificationProvider";

	/**
	 * The provider's verdict: approved, rejected_final, rejected_retry, reset; or
	 * expired.
	 */
	static final String VERIFICATION_OUTCOME = "verificationOutcome";

	/** The provider's reject labels with its verdict, comma-separated. */
	static final String VERIFICATION_LABELS = "verificationLabels";

	static final String VERIFICATION_REMINDER_AT = "verificationReminderAt";

	static final String VERIFICATION_EXPIRES_AT = "verificationExpiresAt";

	public static final String WAIT_FOR_VERIFICATION = "ReceiveTask_WaitForVerification";

	public static final String MESSAGE_VERIFICATION_CONCLUDED = "IdentityVerificationConcluded";

	/**
	 * How many related parties are still being screened; the application waits for them.
	 */
	static final String RELATED_PARTIES_PENDING = "relatedPartiesPending";

	public static final String TASK_REVIEW = "UserTask_ReviewApplication";

	public static final String TASK_SECOND_REVIEW = "UserTask_SecondReview";

	public static final String WAIT_FOR_INFORMATION = "ReceiveTask_WaitForInformation";

	public static final String WAIT_FOR_RESUBMISSION = "ReceiveTask_WaitForResubmission";

	public static final String TASK_COMPLETE = "Task_CompleteApplication";

	public static final String MESSAGE_INFORMATION_RECEIVED = "InformationReceived";

	public static final String MESSAGE_RESUBMITTED = "ApplicationResubmitted";

	public static final String MESSAGE_WITHDRAWN = "ApplicationWithdrawn";

	public static final String MESSAGE_BLACKLISTED = "ClientBlacklisted";

	static final String SENIOR_GROUP = "compliance-senior";

	static final int OVERDUE_PRIORITY = 100;

	/** The application the instance (or its task) works on. */
	public static UUID applicationId(VariableScope scope) {
		return ProcessVariables.id(scope, APPLICATION_ID);
	}

	public static UUID clientId(VariableScope scope) {
		return ProcessVariables.id(scope, CLIENT_ID);
	}

	/** How the application ended, once "Complete application" has run. */
	public static boolean autoDeclined(VariableScope scope) {
		return Application.Decision.AUTO_DECLINED.value().equals(ProcessVariables.text(scope, DECISION));
	}

	static void decision(VariableScope scope, Application.Decision decision) {
		scope.setVariable(DECISION, decision.value());
	}

	static RiskLevel riskLevel(VariableScope scope) {
		return ProcessVariables.wireValue(scope, RISK_LEVEL, RiskLevel.class);
	}

	/**
	 * The reviewer's outcome, handed in with the completion (Tasklist's form or the API).
	 */
	static ReviewOutcome outcome(VariableScope scope) {
		Object value = scope.getVariable(OUTCOME);
		return WireValue.find(ReviewOutcome.class, value instanceof String text ? text : null)
			.orElseThrow(() -> new BusinessRuleException("data.decision",
					"The outcome must be one of " + String.join(", ", WireValue.values(ReviewOutcome.class))));
	}

	/** The reviewer's reason, trimmed; blank is none. */
	static String reason(VariableScope scope) {
		Object reason = scope.getVariable(REASON);
		return reason instanceof String text && !text.isBlank() ? text.trim() : null;
	}

	static String verificationProvider(VariableScope scope) {
		return ProcessVariables.text(scope, VERIFICATION_PROVIDER);
	}

	static String verificationOutcome(VariableScope scope) {
		return ProcessVariables.text(scope, VERIFICATION_OUTCOME);
	}

	static List<String> verificationLabels(VariableScope scope) {
		String labels = ProcessVariables.text(scope, VERIFICATION_LABELS);
		return labels == null || labels.isEmpty() ? List.of() : List.of(labels.split(","));
	}

	static String withdrawalReason(VariableScope scope) {
		return ProcessVariables.text(scope, WITHDRAWAL_REASON);
	}

	static String withdrawnBy(VariableScope scope) {
		return ProcessVariables.text(scope, WITHDRAWN_BY);
	}

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ClientProcessInstances instances;

	KycApplicationProcess(RuntimeService runtimeService, TaskService taskService, ClientProcessInstances instances) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.instances = instances;
	}

	/** The review task the application waits at, if it waits at one. */
	Optional<Task> openReview(Application application) {
		return instances
			.openTasks(application.clientId(), KEY, APPLICATION_ID, application.id().toString(), TASK_REVIEW,
					TASK_SECOND_REVIEW)
			.stream()
			.findFirst();
	}

	/**
	 * Completes the review task as Tasklist does; the task's listener records the
	 * decision.
	 */
	void decide(Task task, ReviewOutcome outcome, String reason, String actor) {
		TaskActors.complete(taskService, task, actor,
				Map.of(OUTCOME, outcome.value(), REASON, reason == null ? "" : reason));
	}

	void informationReceived(Application application) {
		correlate(MESSAGE_INFORMATION_RECEIVED, application, Map.of());
	}

	void resubmitted(Application application) {
		correlate(MESSAGE_RESUBMITTED, application, Map.of());
	}

	void withdrawn(Application application, String reason, String actor) {
		correlate(MESSAGE_WITHDRAWN, application, Map.of(WITHDRAWAL_REASON, reason, WITHDRAWN_BY, actor));
	}

	/**
	 * Ends the application of a client blacklisted meanwhile, if a process still runs for
	 * it.
	 */
	void blacklisted(Application application) {
		running(application).ifPresent(instance -> correlate(MESSAGE_BLACKLISTED, instance, Map.of()));
	}

	/**
	 * Whether the application's process waits for the integrator's answer to a request.
	 */
	boolean awaitsInformation(Application application) {
		return awaits(application, MESSAGE_INFORMATION_RECEIVED);
	}

	/** Whether the application's process waits for a verification provider's verdict. */
	boolean awaitsVerification(Application application) {
		return awaits(application, MESSAGE_VERIFICATION_CONCLUDED);
	}

	/**
	 * Hands the provider's verdict to the waiting process, in the caller's transaction.
	 */
	void verificationConcluded(Application application, String outcome, List<String> labels) {
		correlate(MESSAGE_VERIFICATION_CONCLUDED, application,
				Map.of(VERIFICATION_OUTCOME, outcome, VERIFICATION_LABELS, String.join(",", labels)));
	}

	private boolean awaits(Application application, String message) {
		return running(application)
			.map(instance -> runtimeService.createExecutionQuery()
				.processInstanceId(instance)
				.messageEventSubscriptionName(message)
				.count() > 0)
			.orElse(false);
	}

	/** Raises an overdue review to the senior officers: they become candidates too. */
	void escalate(String processInstanceId) {
		taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(TASK_REVIEW)
			.list()
			.forEach(task -> taskService.addCandidateGroup(task.getId(), SENIOR_GROUP));
	}

	/**
	 * An overdue task first in its officers' lists (Tasklist's default priority is 50).
	 */
	void raisePriority(String processInstanceId, String taskDefinitionKey) {
		taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskDefinitionKey)
			.list()
			.forEach(task -> taskService.setPriority(task.getId(), OVERDUE_PRIORITY));
	}

	private void correlate(String message, Application application, Map<String, Object> variables) {
		correlate(message, runningFor(message, application), variables);
	}

	/**
	 * The running instance a message for the application goes to; none is the engine's
	 * own mismatch.
	 */
	private String runningFor(String message, Application application) {
		return running(application).orElseThrow(() -> new MismatchingMessageCorrelationException(message,
				"application " + application.id() + " has no running process"));
	}

	private void correlate(String message, String processInstanceId, Map<String, Object> variables) {
		runtimeService.createMessageCorrelation(message)
			.processInstanceId(processInstanceId)
			.setVariables(variables)
			.correlateWithResult();
	}

	/**
	 * The id of the application's running process instance (see ClientProcessInstances).
	 */
	private Optional<String> running(Application application) {
		return instances.running(application.clientId(), KEY, APPLICATION_ID, application.id().toString())
			.stream()
			.findFirst();
	}

}
