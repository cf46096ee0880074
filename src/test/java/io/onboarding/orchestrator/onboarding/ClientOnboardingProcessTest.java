package io.onboarding.orchestrator.onboarding;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.onboarding.orchestrator.support.RetryCycleStandIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paths of {@code client-onboarding}. Each delegate is stood in by one that records
 * that it ran, so that these tests are about the model: which steps run, in which order,
 * where it waits.
 */
@Deployment(resources = { "processes/client-onboarding.bpmn", "stubs/kyc-application-stub.bpmn" })
class ClientOnboardingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<String> ran = new ArrayList<>();

	@BeforeEach
	void standInForDelegates() {
		for (String delegate : List.of("createEndUser", "publishClientCreated", "activateClient", "openApplication",
				"rejectClient", "connectToProvider")) {
			Mocks.register(delegate, (JavaDelegate) execution -> ran.add(delegate));
		}
		Mocks.register("providerRetries", new RetryCycleStandIn());
		Mocks.register("verificationLevels", new RetryCycleStandIn(Map.of("FULL_KYC", "sumsub")));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void aStoredClientIsPublishedAfterTheSavePoint() {
		ProcessInstance onboarding = start("FULL_KYC", false);

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.TASK_PUBLISH_CLIENT_CREATED);
		assertThat(onboarding).hasPassed(ClientOnboardingProcess.START_CLIENT_STORED)
			.hasNotPassed(ClientOnboardingProcess.TASK_CREATE_END_USER);
		assertThat(ran).isEmpty();
	}

	@Test
	void clientWithoutKycIsActivated() {
		ProcessInstance onboarding = start("NOT_REQUIRED", false);

		execute(job(onboarding));

		assertThat(onboarding).isEnded()
			.hasPassedInOrder(ClientOnboardingProcess.START_CLIENT_STORED,
					ClientOnboardingProcess.TASK_PUBLISH_CLIENT_CREATED, ClientOnboardingProcess.TASK_ACTIVATE_CLIENT,
					ClientOnboardingProcess.END_CLIENT_ACTIVATED);
		assertThat(ran).containsExactly("publishClientCreated", "activateClient");
	}

	@Test
	void endUserIsCreatedBeforeTheResponseWhenRequested() {
		ProcessInstance onboarding = start("FULL_KYC", true);

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.TASK_PUBLISH_CLIENT_CREATED)
			.hasPassedInOrder(ClientOnboardingProcess.START_CLIENT_STORED,
					ClientOnboardingProcess.TASK_CREATE_END_USER);
		assertThat(ran).containsExactly("createEndUser");
	}

	@Test
	void clientWhoseApplicationIsApprovedIsActivated() {
		ProcessInstance onboarding = start("DOC_ONLY", true);
		execute(job(onboarding));

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.CALL_KYC_APPLICATION);
		ProcessInstance application = calledApplication(onboarding);
		assertThat(application).hasBusinessKey(onboarding.getBusinessKey());
		assertThat(application).variables()
			.containsEntry(ClientOnboardingProcess.CLIENT_ID, onboarding.getBusinessKey())
			.containsEntry(ClientOnboardingProcess.KYC_LEVEL, "DOC_ONLY");
		complete(task(application), withVariables("decision", "approved"));

		assertThat(onboarding).isEnded()
			.hasPassedInOrder(ClientOnboardingProcess.TASK_OPEN_APPLICATION,
					ClientOnboardingProcess.CALL_KYC_APPLICATION, ClientOnboardingProcess.TASK_ACTIVATE_CLIENT,
					ClientOnboardingProcess.END_CLIENT_ACTIVATED);
		assertThat(ran).containsExactly("createEndUser", "publishClientCreated", "openApplication", "activateClient");
	}

	@Test
	void clientWhoseApplicationIsNotApprovedIsRejected() {
		ProcessInstance onboarding = start("FULL_KYC", false);
		execute(job(onboarding));

		assertThat(calledApplication(onboarding)).variables()
			.as("the level's verification provider, decided as the application starts")
			.containsEntry("verificationProvider", "sumsub");
		complete(task(calledApplication(onboarding)), withVariables("decision", "declined"));

		assertThat(onboarding).isEnded()
			.hasPassed(ClientOnboardingProcess.TASK_REJECT_CLIENT, ClientOnboardingProcess.END_CLIENT_REJECTED)
			.hasNotPassed(ClientOnboardingProcess.TASK_ACTIVATE_CLIENT);
		assertThat(ran).endsWith("openApplication", "rejectClient");
	}

	@Test
	void aClientCanBeOnboardedAgainFromItsApplication() {
		String clientId = UUID.randomUUID().toString();
		ProcessInstance onboarding = runtimeService().createProcessInstanceByKey(ClientOnboardingProcess.KEY)
			.businessKey(clientId)
			.startBeforeActivity(ClientOnboardingProcess.TASK_OPEN_APPLICATION)
			.setVariables(
					Map.of(ClientOnboardingProcess.CLIENT_ID, clientId, ClientOnboardingProcess.KYC_LEVEL, "FULL_KYC"))
			.execute();

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.CALL_KYC_APPLICATION);
		assertThat(ran).containsExactly("openApplication");
	}

	private static ProcessInstance calledApplication(ProcessInstance onboarding) {
		return runtimeService().createProcessInstanceQuery().superProcessInstanceId(onboarding.getId()).singleResult();
	}

	@Test
	void publicationIsRetriedBeforeItBecomesAnIncident() {
		Mocks.register("publishClientCreated", (JavaDelegate) execution -> {
			throw new IllegalStateException("database unavailable");
		});
		ProcessInstance onboarding = start("NOT_REQUIRED", false);

		try {
			execute(job(onboarding));
		}
		catch (IllegalStateException expected) {
			// the job executor would record the failure and retry
		}

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.TASK_PUBLISH_CLIENT_CREATED);
		assertThat(job(onboarding).getRetries()).as("retries left after the first failure, from R5/PT1M").isEqualTo(4);
	}

	@Test
	void anApprovedClientThatAskedForAProviderIsConnectedAfterActivation() {
		ProcessInstance onboarding = start("NOT_REQUIRED", false, "railsbank");
		execute(job(onboarding));

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.TASK_CONNECT_TO_PROVIDER)
			.hasPassed(ClientOnboardingProcess.TASK_ACTIVATE_CLIENT);
		execute(job(onboarding));

		assertThat(onboarding).isEnded()
			.hasPassedInOrder(ClientOnboardingProcess.TASK_ACTIVATE_CLIENT,
					ClientOnboardingProcess.TASK_CONNECT_TO_PROVIDER, ClientOnboardingProcess.END_CLIENT_CONNECTED)
			.hasNotPassed(ClientOnboardingProcess.END_CLIENT_ACTIVATED);
		assertThat(ran).endsWith("activateClient", "connectToProvider");
	}

	@Test
	void aConnectionThatFailsIsRetriedOnTheProvidersCycle() {
		Mocks.register("connectToProvider", (JavaDelegate) execution -> {
			throw new IllegalStateException("provider down");
		});
		ProcessInstance onboarding = start("NOT_REQUIRED", false, "railsbank");
		execute(job(onboarding));

		try {
			execute(job(onboarding));
		}
		catch (IllegalStateException expected) {
			// the job executor would record the failure and retry
		}

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.TASK_CONNECT_TO_PROVIDER);
		assertThat(job(onboarding).getRetries())
			.as("retries left after the first failure, from " + RetryCycleStandIn.CYCLE)
			.isEqualTo(2);
	}

	@Test
	void aMigratedClientIsOnboardedFromItsKycLevel() {
		String clientId = UUID.randomUUID().toString();
		ProcessInstance onboarding = runtimeService().createProcessInstanceByKey(ClientOnboardingProcess.KEY)
			.businessKey(clientId)
			.startBeforeActivity(ClientOnboardingProcess.GATEWAY_KYC_REQUIRED)
			.setVariables(variables(clientId, "NOT_REQUIRED", false, "railsbank"))
			.execute();

		assertThat(onboarding).isWaitingAt(ClientOnboardingProcess.TASK_CONNECT_TO_PROVIDER)
			.hasNotPassed(ClientOnboardingProcess.START_CLIENT_STORED);
		assertThat(ran).containsExactly("activateClient");
	}

	private ProcessInstance start(String kycLevel, boolean createUser) {
		return start(kycLevel, createUser, null);
	}

	private ProcessInstance start(String kycLevel, boolean createUser, String serviceProvider) {
		String clientId = UUID.randomUUID().toString();
		return runtimeService().startProcessInstanceByKey(ClientOnboardingProcess.KEY, clientId,
				variables(clientId, kycLevel, createUser, serviceProvider));
	}

	/** As the service starts it. */
	private static Map<String, Object> variables(String clientId, String kycLevel, boolean createUser,
			String serviceProvider) {
		return ClientOnboardingProcess.variables(UUID.fromString(clientId), kycLevel, createUser, serviceProvider,
				"test-integrator");
	}

}
