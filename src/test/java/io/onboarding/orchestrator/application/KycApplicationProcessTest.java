package io.onboarding.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.ExecutionListener;
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

import io.onboarding.orchestrator.infrastructure.ClientProcessInstances;
import io.onboarding.orchestrator.support.RetryCycleStandIn;

/**
 * Every path of {@code kyc-application}, on the real risk-assessment DMN. The delegates
 * are stood in by recorders; "Gather screening facts" hands the DMN the facts each test
 * describes.
 */
@Deployment(resources = { "processes/kyc-application.bpmn", "processes/risk-assessment.dmn",
		"processes/review-application.form", "processes/confirm-high-risk-approval.form" })
class KycApplicationProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<String> ran = new ArrayList<>();

	private final Map<String, Object> facts = new HashMap<>();

	private final List<Long> relatedPartiesPending = new ArrayList<>();

	@BeforeEach
	void standInForDelegates() {
		facts.putAll(Map.of("blacklisted", false, "underage", false, "pep", false, "highRiskCountry", false,
				"relationHit", false, "identificationExpired", false, "riskScore", ""));
		facts.put("verification", "none");
		Mocks.register("gatherScreeningFacts", (JavaDelegate) execution -> {
			ran.add("gatherScreeningFacts");
			execution.setVariables(facts);
		});
		Mocks.register("startReview", (JavaDelegate) execution -> {
			ran.add("startReview");
			execution.setVariable(KycApplicationProcess.REVIEW_DUE_AT,
					new Date(System.currentTimeMillis() + 172_800_000L));
			execution.setVariable(KycApplicationProcess.INFORMATION_TIMEOUT, "P14D");
			execution.setVariable(KycApplicationProcess.INFORMATION_REMINDER_CYCLE, "R/P3D");
		});
		Mocks.register("checkRelatedParties", (JavaDelegate) execution -> {
			ran.add("checkRelatedParties");
			execution.setVariable("relatedPartiesPending",
					relatedPartiesPending.isEmpty() ? 0L : relatedPartiesPending.remove(0));
		});
		Mocks.register("completeApplication", (JavaDelegate) execution -> {
			ran.add("completeApplication");
			execution.setVariable(KycApplicationProcess.DECISION, "decided");
		});
		for (String delegate : List.of("recordScreening", "autoDeclineApplication", "approveByRule", "escalateReview",
				"sendInformationReminder", "expireApplication", "withdrawApplication", "declineBlacklisted",
				"escalateSecondReview")) {
			Mocks.register(delegate, (JavaDelegate) execution -> ran.add(delegate));
		}
		Mocks.register("registerAtProvider", (JavaDelegate) execution -> {
			ran.add("registerAtProvider");
			execution.setVariable("verificationReminderAt", new Date(System.currentTimeMillis() + 86_400_000L));
			execution.setVariable("verificationExpiresAt", new Date(System.currentTimeMillis() + 172_800_000L));
		});
		Mocks.register("expireVerification", (JavaDelegate) execution -> {
			ran.add("expireVerification");
			execution.setVariable("verificationOutcome", "expired");
		});
		for (String delegate : List.of("renewVerificationLink", "remindOfVerification", "recordIdentityVerified",
				"declineByProvider")) {
			Mocks.register(delegate, (JavaDelegate) execution -> ran.add(delegate));
		}
		Mocks.register("verificationLevels", new RetryCycleStandIn());
		Mocks.register("startSecondReview", (ExecutionListener) execution -> {
			ran.add("startSecondReview");
			execution.setVariable(KycApplicationProcess.REVIEW_DUE_AT,
					new Date(System.currentTimeMillis() + 172_800_000L));
		});
		for (String listener : List.of("reviewSummary", "recordReview", "recordSecondReview")) {
			Mocks.register(listener, (TaskListener) task -> ran.add(listener));
		}
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void lowRiskDocumentsOnlyApplicationIsApprovedByRule() {
		ProcessInstance application = start("DOC_ONLY");

		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded()
			.hasPassedInOrder("Task_AssessRisk", "Task_DecideRoute", "Task_ApproveByRule",
					KycApplicationProcess.TASK_COMPLETE, "EndEvent_ApplicationDecided");
		assertThat(application).variables().containsEntry("riskLevel", "low").containsEntry("route", "approve");
	}

	@Test
	void blacklistedClientIsAutoDeclined() {
		facts.put("blacklisted", true);
		ProcessInstance application = start("FULL_KYC");

		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded().hasPassed("Task_AutoDecline").hasNotPassed(KycApplicationProcess.TASK_REVIEW);
		assertThat(application).variables().containsEntry("riskLevel", "high").containsEntry("route", "auto_decline");
	}

	@Test
	void fullKycApplicationIsReviewedByComplianceAndApproved() {
		ProcessInstance application = start("FULL_KYC");

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_REVIEW);
		assertThat(task(application)).hasCandidateGroup("compliance").hasFormKey(null);
		assertThat(task(application).getDueDate()).isInTheFuture();
		complete(task(application), withVariables("outcome", "approve"));
		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded().hasNotPassed(KycApplicationProcess.TASK_SECOND_REVIEW);
		assertThat(ran).containsSubsequence("startReview", "reviewSummary", "recordReview", "completeApplication");
	}

	@Test
	void highRiskApprovalNeedsASecondReviewer() {
		facts.put("pep", true);
		ProcessInstance application = start("FULL_KYC");

		complete(task(application), withVariables("outcome", "approve"));

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_SECOND_REVIEW);
		assertThat(task(application)).hasCandidateGroup("compliance-senior");
		complete(task(application), withVariables("outcome", "approve"));
		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);
		assertThat(application).isEnded();
		assertThat(ran).containsSubsequence("recordReview", "recordSecondReview", "completeApplication");
	}

	@Test
	void mediumRiskDocumentsOnlyApplicationIsDeclinedAtReview() {
		facts.put("identificationExpired", true);
		ProcessInstance application = start("DOC_ONLY");

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_REVIEW);
		complete(task(application), withVariables("outcome", "decline", "reason", "documents expired"));
		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded()
			.hasPassed("Gateway_Decided")
			.hasNotPassed(KycApplicationProcess.TASK_SECOND_REVIEW);
	}

	@Test
	void requestedInformationResumesTheReview() {
		ProcessInstance application = start("FULL_KYC");
		complete(task(application), withVariables("outcome", "request_information"));
		assertThat(application).isWaitingAt(KycApplicationProcess.WAIT_FOR_INFORMATION);

		correlate(application, KycApplicationProcess.MESSAGE_INFORMATION_RECEIVED);

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_REVIEW);
		assertThat(ran.stream().filter("startReview"::equals).count()).isEqualTo(2);
	}

	@Test
	void anAnswerRightAfterTheDecisionFindsTheProcessWaitingForIt() {
		UUID applicationId = UUID.randomUUID();
		UUID clientId = UUID.randomUUID();
		ProcessInstance application = runtimeService().startProcessInstanceByKey(KycApplicationProcess.KEY,
				clientId.toString(),
				Map.of(KycApplicationProcess.APPLICATION_ID, applicationId.toString(), KycApplicationProcess.CLIENT_ID,
						clientId.toString(), KycApplicationProcess.KYC_LEVEL, "FULL_KYC"));
		complete(task(application), withVariables("outcome", "request_information"));
		KycApplicationProcess process = new KycApplicationProcess(runtimeService(), taskService(),
				new ClientProcessInstances(runtimeService(), taskService()));

		// no job executor runs here: the decision itself brought the process to the wait
		process.informationReceived(new Application(applicationId, clientId, Instant.now()));

		assertThat(application).hasPassed(KycApplicationProcess.WAIT_FOR_INFORMATION)
			.isWaitingAt(KycApplicationProcess.TASK_REVIEW);
		assertThat(ran.stream().filter("startReview"::equals).count()).isEqualTo(2);
	}

	@Test
	void anUnansweredRequestIsRemindedOfThenExpires() {
		ProcessInstance application = start("FULL_KYC");
		complete(task(application), withVariables("outcome", "request_information"));

		execute(job("BoundaryEvent_InformationReminder", application));
		assertThat(application).isWaitingAt(KycApplicationProcess.WAIT_FOR_INFORMATION)
			.hasPassed("Task_SendInformationReminder", "EndEvent_ReminderSent");
		execute(job("BoundaryEvent_InformationOverdue", application));
		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded().hasPassed("Task_ExpireApplication");
		assertThat(ran).containsSubsequence("sendInformationReminder", "expireApplication", "completeApplication");
	}

	@Test
	void anApplicationReturnedForRevisionIsScreenedAgainWhenResubmitted() {
		ProcessInstance application = start("FULL_KYC");
		complete(task(application), withVariables("outcome", "return_for_revision"));
		assertThat(application).isWaitingAt(KycApplicationProcess.WAIT_FOR_RESUBMISSION);

		correlate(application, KycApplicationProcess.MESSAGE_RESUBMITTED);

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_REVIEW);
		assertThat(ran.stream().filter("gatherScreeningFacts"::equals).count()).isEqualTo(2);
	}

	@Test
	void anOverdueReviewIsEscalatedAndStaysOpen() {
		ProcessInstance application = start("FULL_KYC");

		execute(job("BoundaryEvent_ReviewOverdue", application));

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_REVIEW)
			.hasPassed("Task_EscalateReview", "EndEvent_ReviewEscalated");
		assertThat(ran).contains("escalateReview");
	}

	@Test
	void anOverdueSecondReviewIsRaisedAndStaysOpen() {
		facts.put("pep", true);
		ProcessInstance application = start("FULL_KYC");
		complete(task(application), withVariables("outcome", "approve"));
		assertThat(task(application).getDueDate()).as("the second review's own deadline").isNotNull();

		execute(job("BoundaryEvent_SecondReviewOverdue", application));

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_SECOND_REVIEW)
			.hasPassed("Task_RaiseSecondReviewPriority", "EndEvent_SecondReviewEscalated");
		assertThat(ran).containsSubsequence("startSecondReview", "escalateSecondReview");
	}

	@Test
	void theIntegratorCanWithdrawAtAnyOpenState() {
		ProcessInstance application = start("FULL_KYC");

		runtimeService().createMessageCorrelation(KycApplicationProcess.MESSAGE_WITHDRAWN)
			.processInstanceId(application.getId())
			.setVariable(KycApplicationProcess.WITHDRAWAL_REASON, "client changed its mind")
			.setVariable(KycApplicationProcess.WITHDRAWN_BY, "acme")
			.correlate();

		assertThat(application).isEnded()
			.hasPassed("Task_WithdrawApplication", "Task_CloseWithdrawnApplication", "EndEvent_ApplicationWithdrawn");
		assertThat(taskService().createTaskQuery().processInstanceId(application.getId()).count()).isZero();
	}

	@Test
	void blacklistingEndsAnOpenApplication() {
		ProcessInstance application = start("FULL_KYC");
		complete(task(application), withVariables("outcome", "request_information"));

		correlate(application, KycApplicationProcess.MESSAGE_BLACKLISTED);

		assertThat(application).isEnded()
			.hasPassed("Task_DeclineBlacklisted", "Task_CloseBlacklistedApplication", "EndEvent_BlacklistedDeclined");
		assertThat(ran).endsWith("declineBlacklisted", "completeApplication");
	}

	@Test
	void anApplicationWaitsForItsRelatedPartiesBeforeScreening() {
		relatedPartiesPending.addAll(List.of(2L, 1L, 0L));
		ProcessInstance application = start("FULL_KYC");
		assertThat(application).isWaitingAt("ReceiveTask_WaitForRelatedParties");

		correlate(application, "RelatedPartiesScreened");
		assertThat(application).isWaitingAt("ReceiveTask_WaitForRelatedParties");
		execute(job("BoundaryEvent_CheckAgain", application));

		assertThat(application).isWaitingAt(KycApplicationProcess.TASK_REVIEW);
		assertThat(ran).containsSubsequence("checkRelatedParties", "checkRelatedParties", "checkRelatedParties",
				"gatherScreeningFacts");
	}

	@Test
	void anApplicantTheProviderVerifiesGoesOnToScreeningAndReview() {
		ProcessInstance application = startVerified("FULL_KYC");

		assertThat(application).isWaitingAt("Task_RegisterAtProvider");
		execute(job("Task_RegisterAtProvider", application));
		assertThat(application).isWaitingAt(KycApplicationProcess.WAIT_FOR_VERIFICATION);
		verdict(application, "approved");

		assertThat(application)
			.hasPassedInOrder("Task_RecordIdentityVerified", "EndEvent_IdentityVerified", "Gateway_IdentityVerified",
					"Task_AssessRisk")
			.isWaitingAt(KycApplicationProcess.TASK_REVIEW);
		assertThat(ran).containsSubsequence("registerAtProvider", "recordIdentityVerified", "gatherScreeningFacts",
				"startReview");
	}

	@Test
	void anApplicantTheProviderRejectsForGoodIsDeclinedWithoutReview() {
		ProcessInstance application = startVerified("FULL_KYC");
		execute(job("Task_RegisterAtProvider", application));

		verdict(application, "rejected_final");
		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded()
			.hasPassedInOrder("Task_DeclineByProvider", "EndEvent_IdentityRejected", "Gateway_ScreeningDecided",
					KycApplicationProcess.TASK_COMPLETE)
			.hasNotPassed("Task_AssessRisk");
	}

	@Test
	void aRetryOrAResetGetsAFreshLinkAndWaitsAgain() {
		facts.put("verification", "verified");
		ProcessInstance application = startVerified("DOC_ONLY");
		execute(job("Task_RegisterAtProvider", application));

		verdict(application, "rejected_retry");
		execute(job("Task_RenewVerificationLink", application));
		assertThat(application).isWaitingAt(KycApplicationProcess.WAIT_FOR_VERIFICATION);
		verdict(application, "reset");
		execute(job("Task_RenewVerificationLink", application));
		verdict(application, "approved");
		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded().hasPassed("Task_ApproveByRule");
		assertThat(ran.stream().filter("renewVerificationLink"::equals).count()).isEqualTo(2);
		assertThat(application).variables().containsEntry("verification", "verified");
	}

	@Test
	void anUnfinishedVerificationIsRemindedOfThenExpires() {
		ProcessInstance application = startVerified("FULL_KYC");
		execute(job("Task_RegisterAtProvider", application));

		execute(job("BoundaryEvent_VerificationReminder", application));
		assertThat(application).isWaitingAt(KycApplicationProcess.WAIT_FOR_VERIFICATION)
			.hasPassed("Task_RemindOfVerification", "EndEvent_VerificationReminded");
		execute(job("BoundaryEvent_VerificationOverdue", application));
		completeWhereWaiting(application, KycApplicationProcess.TASK_COMPLETE);

		assertThat(application).isEnded()
			.hasPassed("Task_ExpireVerification", "EndEvent_VerificationExpired")
			.hasNotPassed("Task_AssessRisk");
	}

	@Test
	void aProviderThatCantBeReachedIsRetriedOnItsCycle() {
		Mocks.register("registerAtProvider", (JavaDelegate) execution -> {
			throw new IllegalStateException("provider down");
		});
		ProcessInstance application = startVerified("FULL_KYC");

		try {
			execute(job("Task_RegisterAtProvider", application));
		}
		catch (IllegalStateException expected) {
			// the job executor would record the failure and retry
		}

		assertThat(application).isWaitingAt("Task_RegisterAtProvider");
		assertThat(job("Task_RegisterAtProvider", application).getRetries()).isEqualTo(2);
	}

	private ProcessInstance startVerified(String kycLevel) {
		String clientId = UUID.randomUUID().toString();
		return runtimeService().startProcessInstanceByKey(KycApplicationProcess.KEY, clientId,
				Map.of(KycApplicationProcess.APPLICATION_ID, UUID.randomUUID().toString(),
						KycApplicationProcess.CLIENT_ID, clientId, KycApplicationProcess.KYC_LEVEL, kycLevel,
						"verificationProvider", "sumsub"));
	}

	/**
	 * The provider's verdict, as its callback delivers it, and the save point after it.
	 */
	private static void verdict(ProcessInstance application, String outcome) {
		runtimeService().createMessageCorrelation(KycApplicationProcess.MESSAGE_VERIFICATION_CONCLUDED)
			.processInstanceId(application.getId())
			.setVariable("verificationOutcome", outcome)
			.setVariable("verificationLabels", "")
			.correlate();
		execute(job(KycApplicationProcess.WAIT_FOR_VERIFICATION, application));
	}

	private ProcessInstance start(String kycLevel) {
		String applicationId = UUID.randomUUID().toString();
		return runtimeService().startProcessInstanceByKey(KycApplicationProcess.KEY, UUID.randomUUID().toString(),
				Map.of(KycApplicationProcess.APPLICATION_ID, applicationId, KycApplicationProcess.CLIENT_ID,
						UUID.randomUUID().toString(), KycApplicationProcess.KYC_LEVEL, kycLevel));
	}

	/** Runs the save point's job at the given activity (a task's asyncBefore). */
	private static void completeWhereWaiting(ProcessInstance application, String activityId) {
		execute(job(activityId, application));
	}

	private static void correlate(ProcessInstance application, String message) {
		runtimeService().createMessageCorrelation(message).processInstanceId(application.getId()).correlate();
	}

}
