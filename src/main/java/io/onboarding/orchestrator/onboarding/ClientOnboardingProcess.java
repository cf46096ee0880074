package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process-facing side of {@code processes/client-onboarding.bpmn}: its key, element ids and
 * variables, and the one way to start it.
 */
@Component
public class ClientOnboardingProcess {

    public static final String KEY = "client-onboarding";

    /** Process variables: ids and gateway inputs only. */
    public static final String CLIENT_ID = "clientId";
    public static final String KYC_LEVEL = "kycLevel";
    public static final String CREATE_USER = "createUser";
    public static final String REQUESTED_BY = "requestedBy";
    /** Set by "Open KYC application"; handed to the called kyc-application. */
    public static final String APPLICATION_ID = "applicationId";
    /** The called application's decision, which "Application approved?" routes on. */
    public static final String DECISION = "decision";

    public static final String TASK_CREATE_CLIENT = "Task_CreateClient";
    public static final String TASK_CREATE_END_USER = "Task_CreateEndUser";
    public static final String TASK_PUBLISH_CLIENT_CREATED = "Task_PublishClientCreated";
    public static final String TASK_ACTIVATE_CLIENT = "Task_ActivateClient";
    public static final String TASK_OPEN_APPLICATION = "Task_OpenApplication";
    public static final String CALL_KYC_APPLICATION = "CallActivity_RunKycApplication";
    public static final String TASK_REJECT_CLIENT = "Task_RejectClient";
    public static final String END_CLIENT_REJECTED = "EndEvent_ClientRejected";
    public static final String END_CLIENT_ACTIVATED = "EndEvent_ClientActivated";
    public static final String END_APPLICATION_SUBMITTED = "EndEvent_ApplicationSubmitted";

    private final RuntimeService runtimeService;
    private final PendingOnboardings pending;

    ClientOnboardingProcess(RuntimeService runtimeService, PendingOnboardings pending) {
        this.runtimeService = runtimeService;
        this.pending = pending;
    }

    /**
     * Starts the onboarding in the caller's transaction: when this returns, the client (and its
     * end user) are stored; the rest runs after commit, from the first save point.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void start(UUID clientId, DirectOnboarding onboarding, String actor) {
        pending.put(clientId, onboarding);
        try {
            runtimeService.createProcessInstanceByKey(KEY)
                    .businessKey(clientId.toString())
                    .setVariables(Variables.createVariables()
                            .putValue(CLIENT_ID, clientId.toString())
                            .putValue(KYC_LEVEL, onboarding.client().kycLevel().name())
                            .putValue(CREATE_USER, onboarding.createUser())
                            .putValue(REQUESTED_BY, actor))
                    .execute();
        } finally {
            pending.discard(clientId);
        }
    }

    /**
     * Onboards an existing client again from "Open KYC application", as when an officer lifts its
     * blacklist: a new application, and activation or rejection on its decision.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void reopen(UUID clientId, String kycLevel, String actor) {
        runtimeService.createProcessInstanceByKey(KEY)
                .businessKey(clientId.toString())
                .startBeforeActivity(TASK_OPEN_APPLICATION)
                .setVariables(Variables.createVariables()
                        .putValue(CLIENT_ID, clientId.toString())
                        .putValue(KYC_LEVEL, kycLevel)
                        .putValue(CREATE_USER, false)
                        .putValue(REQUESTED_BY, actor))
                .execute();
    }
}
