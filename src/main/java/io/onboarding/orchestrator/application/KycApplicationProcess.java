package io.onboarding.orchestrator.application;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The process-facing side of {@code processes/kyc-application.bpmn}: its key, element ids, variables
 * and messages, and the ways the API reaches a running application.
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
    public static final String DECIDED_BY = io.onboarding.orchestrator.security.TaskActors.DECIDED_BY;
    public static final String DECISION = "decision";
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    public static final String INFORMATION_TIMEOUT = "informationTimeout";
    public static final String INFORMATION_REMINDER_CYCLE = "informationReminderCycle";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String WITHDRAWN_BY = "withdrawnBy";

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

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    KycApplicationProcess(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** The review task the application waits at, if it waits at one. */
    Optional<Task> openReview(UUID applicationId) {
        return taskService.createTaskQuery().processDefinitionKey(KEY)
                .processVariableValueEquals(APPLICATION_ID, applicationId.toString())
                .taskDefinitionKeyIn(TASK_REVIEW, TASK_SECOND_REVIEW).list().stream().findFirst();
    }

    /** Completes the review task as Tasklist does; the task's listener records the decision. */
    void decide(Task task, String outcome, String reason, String actor) {
        taskService.complete(task.getId(), Map.of(OUTCOME, outcome, REASON, reason == null ? "" : reason,
                DECIDED_BY, actor));
    }

    void informationReceived(UUID applicationId) {
        correlate(MESSAGE_INFORMATION_RECEIVED, applicationId, Map.of());
    }

    void resubmitted(UUID applicationId) {
        correlate(MESSAGE_RESUBMITTED, applicationId, Map.of());
    }

    void withdrawn(UUID applicationId, String reason, String actor) {
        correlate(MESSAGE_WITHDRAWN, applicationId, Map.of(WITHDRAWAL_REASON, reason, WITHDRAWN_BY, actor));
    }

    /** Ends the application of a client blacklisted meanwhile, if a process still runs for it. */
    void blacklisted(UUID applicationId) {
        boolean running = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals(APPLICATION_ID, applicationId.toString()).count() > 0;
        if (running) {
            correlate(MESSAGE_BLACKLISTED, applicationId, Map.of());
        }
    }

    /** Raises an overdue review to the senior officers: they become candidates too. */
    void escalate(String processInstanceId) {
        taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(TASK_REVIEW).list()
                .forEach(task -> taskService.addCandidateGroup(task.getId(), SENIOR_GROUP));
    }

    private void correlate(String message, UUID applicationId, Map<String, Object> variables) {
        runtimeService.createMessageCorrelation(message)
                .processInstanceVariableEquals(APPLICATION_ID, applicationId.toString())
                .setVariables(variables)
                .correlateWithResult();
    }
}
