package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process-facing side of {@code processes/client-onboarding.bpmn}: its key, element
 * ids and variables, and the one way to start it.
 */
@Component
public class ClientOnboardingProcess {

	public static final String KEY = "client-onboarding";

	/** Process variables: ids and gateway inputs only. */
	public static final String CLIENT_ID = "clientId";

	public static final String KYC_LEVEL = "kycLevel";

	public static final String CREATE_USER = "createUser";

	public static final String REQUESTED_BY = "requestedBy";

	/**
	 * The provider the client asked to be connected to once approved (SPEC 6.2), or null.
	 */
	public static final String SERVICE_PROVIDER = "serviceProvider";

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

	public static final String GATEWAY_KYC_REQUIRED = "Gateway_KycRequired";

	public static final String TASK_CONNECT_TO_PROVIDER = "Task_ConnectToProvider";

	public static final String END_CLIENT_CONNECTED = "EndEvent_ClientConnected";

	private final RuntimeService runtimeService;

	private final PendingOnboardings pending;

	ClientOnboardingProcess(RuntimeService runtimeService, PendingOnboardings pending) {
		this.runtimeService = runtimeService;
		this.pending = pending;
	}

	/**
	 * Starts the onboarding in the caller's transaction: when this returns, the client
	 * (and its end user) are stored; the rest runs after commit, from the first save
	 * point.
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
					.putValue(SERVICE_PROVIDER, onboarding.client().requestedProvider())
					.putValue(REQUESTED_BY, actor))
				.execute();
		}
		finally {
			pending.discard(clientId);
		}
	}

	/**
	 * Onboards an existing client again from "Open KYC application", as when an officer
	 * lifts its blacklist: a new application, and activation or rejection on its
	 * decision.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void reopen(UUID clientId, String kycLevel, String serviceProvider, String actor) {
		startBefore(TASK_OPEN_APPLICATION, clientId, kycLevel, serviceProvider, actor);
	}

	/**
	 * Onboards a client that a migration created and that its provider had not verified:
	 * from "KYC required?", so that its KYC level decides as for a direct client. The
	 * connection to the provider exists already; "Connect client to provider" leaves it
	 * as it is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onboardMigrated(UUID clientId, String kycLevel, String serviceProvider, String actor) {
		startBefore(GATEWAY_KYC_REQUIRED, clientId, kycLevel, serviceProvider, actor);
	}

	private void startBefore(String elementId, UUID clientId, String kycLevel, String serviceProvider, String actor) {
		runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(clientId.toString())
			.startBeforeActivity(elementId)
			.setVariables(Variables.createVariables()
				.putValue(CLIENT_ID, clientId.toString())
				.putValue(KYC_LEVEL, kycLevel)
				.putValue(CREATE_USER, false)
				.putValue(SERVICE_PROVIDER, serviceProvider)
				.putValue(REQUESTED_BY, actor))
			.execute();
	}

}
