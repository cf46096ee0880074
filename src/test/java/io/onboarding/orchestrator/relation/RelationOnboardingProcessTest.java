package io.onboarding.orchestrator.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
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

/** The paths of {@code relation-onboarding}, on the real relation-screening DMN. */
@Deployment(resources = { "processes/relation-onboarding.bpmn", "processes/relation-screening.dmn",
		"processes/review-related-party.form" })
class RelationOnboardingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<String> ran = new ArrayList<>();

	private final Map<String, Object> facts = new HashMap<>();

	@BeforeEach
	void standInForDelegates() {
		facts.putAll(Map.of("watchlistMatch", false, "pep", false, "underage", false, "highRiskCountry", false,
				"watchlist", ""));
		Mocks.register("checkRelatedParty", (JavaDelegate) execution -> {
			ran.add("checkRelatedParty");
			execution.setVariables(facts);
		});
		Mocks.register("recordRelationScreening", (JavaDelegate) execution -> ran.add("recordRelationScreening"));
		Mocks.register("relatedPartySummary", (TaskListener) task -> ran.add("relatedPartySummary"));
		Mocks.register("recordRelationReview", (TaskListener) task -> ran.add("recordRelationReview"));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void aClearPartyIsScreenedInTheBackgroundAndDone() {
		ProcessInstance onboarding = start();
		assertThat(onboarding).isWaitingAt("Task_CheckRelatedParty");

		execute(job(onboarding));

		assertThat(onboarding).isEnded().hasPassed("Task_AssessRelatedParty", "EndEvent_RelatedPartyClear");
		assertThat(onboarding).variables().containsEntry("riskLevel", "low");
		assertThat(ran).containsExactly("checkRelatedParty", "recordRelationScreening");
	}

	@Test
	void aWatchlistHitGoesToAnOfficer() {
		facts.put("watchlistMatch", true);
		ProcessInstance onboarding = start();
		execute(job(onboarding));

		assertThat(onboarding).isWaitingAt("UserTask_ReviewRelatedParty");
		assertThat(task(onboarding)).hasCandidateGroup("compliance");
		complete(task(onboarding), withVariables("outcome", "reject"));
		execute(job("UserTask_ReviewRelatedParty", onboarding));

		assertThat(onboarding).isEnded().hasPassed("EndEvent_RelatedPartyReviewed");
		assertThat(ran).endsWith("relatedPartySummary", "recordRelationReview");
	}

	@Test
	void deletingTheRelationEndsItsOnboarding() {
		facts.put("pep", true);
		ProcessInstance onboarding = start();
		execute(job(onboarding));

		runtimeService().createMessageCorrelation(RelationOnboardingProcess.MESSAGE_DELETED)
			.processInstanceId(onboarding.getId())
			.correlate();

		assertThat(onboarding).isEnded()
			.hasPassed("EndEvent_OnboardingEnded")
			.hasNotPassed("EndEvent_RelatedPartyReviewed");
	}

	private static ProcessInstance start() {
		String relationId = UUID.randomUUID().toString();
		return runtimeService().startProcessInstanceByKey(RelationOnboardingProcess.KEY, relationId,
				Map.of(RelationOnboardingProcess.RELATION_ID, relationId, RelationOnboardingProcess.CLIENT_ID,
						UUID.randomUUID().toString()));
	}

}
