package io.onboarding.orchestrator.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code screening-review}: a false positive, a confirmed true match, a
 * rejected one.
 */
@Deployment(resources = { "processes/screening-review.bpmn", "processes/screening-review.form",
		"processes/confirm-true-match.form" })
class ScreeningReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<String> ran = new ArrayList<>();

	@BeforeEach
	void standInForDelegates() {
		for (String listener : List.of("hitSummary", "recordHitDecision")) {
			Mocks.register(listener, (TaskListener) task -> ran.add(listener + ":" + task.getTaskDefinitionKey()));
		}
		for (String delegate : List.of("freezeForTrueMatch", "publishHitDecided")) {
			Mocks.register(delegate, (JavaDelegate) execution -> ran.add(delegate));
		}
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void aFalsePositiveIsDecidedByOneOfficerAndPublished() {
		ProcessInstance review = start();
		assertThat(review).isWaitingAt(ScreeningReviewProcess.TASK_REVIEW);
		assertThat(task(review)).hasCandidateGroup("compliance");

		complete(task(review), withVariables("outcome", "false_positive", "reason", "other birth date"));
		execute(job(review));

		assertThat(review).isEnded().hasPassed("Task_PublishHitDecided").hasNotPassed("Task_FreezeClient");
		assertThat(ran).containsExactly("hitSummary:UserTask_ReviewHit", "recordHitDecision:UserTask_ReviewHit",
				"publishHitDecided");
	}

	@Test
	void aTrueMatchConfirmedBySeniorOfficerFreezesTheClient() {
		ProcessInstance review = start();
		complete(task(review), withVariables("outcome", "true_match"));

		assertThat(review).isWaitingAt(ScreeningReviewProcess.TASK_CONFIRM);
		assertThat(task(review)).hasCandidateGroup("compliance-senior");
		complete(task(review), withVariables("outcome", "true_match"));
		execute(job(review));
		execute(job(review));

		assertThat(review).isEnded().hasPassed("Task_FreezeClient", "Task_PublishHitDecided", "EndEvent_HitClosed");
		assertThat(ran).containsSubsequence("recordHitDecision:UserTask_ConfirmTrueMatch", "freezeForTrueMatch",
				"publishHitDecided");
	}

	@Test
	void aSeniorOfficerMayFindATrueMatchAFalsePositiveAfterAll() {
		ProcessInstance review = start();
		complete(task(review), withVariables("outcome", "true_match"));
		complete(task(review), withVariables("outcome", "false_positive", "reason", "another person"));
		execute(job(review));

		assertThat(review).isEnded()
			.hasPassed("Gateway_Confirmed", "Task_PublishHitDecided")
			.hasNotPassed("Task_FreezeClient");
	}

	private static ProcessInstance start() {
		String clientId = UUID.randomUUID().toString();
		return runtimeService().startProcessInstanceByKey(ScreeningReviewProcess.KEY, clientId,
				Map.of(ScreeningReviewProcess.HIT_ID, UUID.randomUUID().toString(), ScreeningReviewProcess.CLIENT_ID,
						clientId));
	}

}
