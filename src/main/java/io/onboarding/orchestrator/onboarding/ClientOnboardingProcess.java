package io.onboarding.orchestrator.onboarding;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.BlacklistLifted;
import io.onboarding.orchestrator.infrastructure.ProcessVariables;

/**
 * The process-facing side of {@code processes/client-onboarding.bpmn}: its key, element
 * ids and variables, and the ways to start it. It always starts from a stored client, by
 * its id: an operator can restart or move any instance in Cockpit and it still finds its
 * record.
 */
@Component
class ClientOnboardingProcess {

	public static final String KEY = "client-onboarding";

	/** Process variables: ids and gateway inputs only. */
	public static final String CLIENT_ID = "clientId";

	public static final String KYC_LEVEL = "kycLevel";

	/** True when the client asked for its end user; absent when it did not. */
	public static final String CREATE_USER = "createUser";

	public static final String REQUESTED_BY = "requestedBy";

	/**
	 * The provider the client asked to be connected to once approved (SPEC 6.2); absent
	 * when it asked for none.
	 */
	public static final String SERVICE_PROVIDER = "serviceProvider";

	/** Set by "Open KYC application"; handed to the called kyc-application. */
	public static final String APPLICATION_ID = "applicationId";

	/** The called application's decision, which "Application approved?" routes on. */
	public static final String DECISION = "decision";

	public static final String START_CLIENT_STORED = "StartEvent_ClientStored";

	public static final String TASK_CREATE_END_USER = "Task_CreateEndUser";

	public static final String TASK_PUBLISH_CLIENT_CREATED = "Task_PublishClientCreated";

	public static final String TASK_ACTIVATE_CLIENT = "Task_ActivateClient";

	public static final String TASK_OPEN_APPLICATION = "Task_OpenApplication";

	public static final String CALL_KYC_APPLICATION = "CallActivity_RunKycApplication";

	public static final String TASK_REJECT_CLIENT = "Task_RejectClient";

	public static final String END_CLIENT_REJECTED = "EndEvent_ClientRejected";

	public static final String END_CLIENT_ACTIVATED = "EndEvent_ClientActivated";

	public static final String GATEWAY_KYC_REQUIRED = "Gateway_KycRequired";

	public static final String TASK_CONNECT_TO_PROVIDER = "Task_ConnectToProvider";

	public static final String END_CLIENT_CONNECTED = "EndEvent_ClientConnected";

	private final RuntimeService runtimeService;

	ClientOnboardingProcess(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	static UUID clientId(VariableScope scope) {
		return ProcessVariables.id(scope, CLIENT_ID);
	}

	static String serviceProvider(VariableScope scope) {
		return ProcessVariables.text(scope, SERVICE_PROVIDER);
	}

	static void applicationId(VariableScope scope, UUID applicationId) {
		scope.setVariable(APPLICATION_ID, applicationId.toString());
	}

	/**
	 * Starts the onboarding of a client the caller stored in its transaction: when this
	 * returns, its end user exists too; the rest runs after commit, from the first save
	 * point.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void start(UUID clientId, String kycLevel, boolean createUser, String serviceProvider, String actor) {
		runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(clientId.toString())
			.setVariables(variables(clientId, kycLevel, createUser, serviceProvider, actor))
			.execute();
	}

	/**
	 * Onboards a client again from "Open KYC application" once an officer lifted its
	 * blacklist: a new application, and activation or rejection on its decision. Runs in
	 * the officer's transaction.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void blacklistLifted(BlacklistLifted lifted) {
		startBefore(TASK_OPEN_APPLICATION, lifted.clientId(), lifted.kycLevel().name(), lifted.requestedProvider(),
				lifted.actor());
	}

	/**
	 * Onboards a client that a migration created and that its provider had not verified:
	 * from "KYC required?", so that its KYC level decides as for a direct client. The
	 * connection to the provider exists already; "Connect client to provider" leaves it
	 * as it is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void onboardMigrated(UUID clientId, String kycLevel, String serviceProvider, String actor) {
		startBefore(GATEWAY_KYC_REQUIRED, clientId, kycLevel, serviceProvider, actor);
	}

	private void startBefore(String elementId, UUID clientId, String kycLevel, String serviceProvider, String actor) {
		runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(clientId.toString())
			.startBeforeActivity(elementId)
			.setVariables(variables(clientId, kycLevel, false, serviceProvider, actor))
			.execute();
	}

	// A variable costs the engine a runtime row, a history row and the runtime row's
	// removal: the two requests most clients do not make are stored only when made. They
	// are not transient, so an operator can start the instance again at its start.
	static VariableMap variables(UUID clientId, String kycLevel, boolean createUser, String serviceProvider,
			String actor) {
		VariableMap variables = Variables.createVariables()
			.putValue(CLIENT_ID, clientId.toString())
			.putValue(KYC_LEVEL, kycLevel)
			.putValue(REQUESTED_BY, actor);
		if (createUser) {
			variables.putValue(CREATE_USER, true);
		}
		if (serviceProvider != null) {
			variables.putValue(SERVICE_PROVIDER, serviceProvider);
		}
		return variables;
	}

}
