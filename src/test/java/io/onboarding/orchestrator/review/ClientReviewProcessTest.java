package io.onboarding.orchestrator.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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

/**
 * The paths of {@code client-review}, with the stub of {@code kyc-application} decided by
 * each test.
 */
@Deployment(resources = { "processes/client-review.bpmn", "stubs/kyc-application-stub.bpmn" })
class ClientReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<String> ran = new ArrayList<>();

	@BeforeEach
	void standInForDelegates() {
		for (String delegate : List.of("confirmClient", "endRelationship")) {
			Mocks.register(delegate, (JavaDelegate) execution -> ran.add(delegate));
		}
		Mocks.register("verificationLevels", new RetryCycleStandIn());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void anApprovedReviewConfirmsTheClient() {
		ProcessInstance review = decided("approved");

		assertThat(review).isEnded().hasPassed("CallActivity_RunKycApplication", "EndEvent_ClientConfirmed");
		assertThat(ran).containsExactly("confirmClient");
	}

	@Test
	void aDeclinedReviewEndsTheRelationship() {
		ProcessInstance review = decided("declined");

		assertThat(review).isEnded().hasPassed("EndEvent_RelationshipEnded");
		assertThat(ran).containsExactly("endRelationship");
	}

	private static ProcessInstance decided(String decision) {
		String clientId = UUID.randomUUID().toString();
		ProcessInstance review = runtimeService().startProcessInstanceByKey(ClientReviewProcess.KEY, clientId,
				Map.of(ClientReviewProcess.CLIENT_ID, clientId, ClientReviewProcess.APPLICATION_ID,
						UUID.randomUUID().toString(), ClientReviewProcess.KYC_LEVEL, "FULL_KYC",
						ClientReviewProcess.KIND, "periodic"));
		assertThat(review).isWaitingAt("CallActivity_RunKycApplication");
		ProcessInstance application = calledProcessInstance(review);
		assertThat(application).isActive();
		complete(task(application), withVariables("decision", decision));
		return review;
	}

}
