package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.TaskActors;

/**
 * On completion of "Confirm high-risk approval": the second officer's verdict; the same
 * person can't give both (the application refuses it).
 */
@Component("recordSecondReview")
class RecordSecondReviewListener implements TaskListener {

	private final ApplicationLifecycle applications;

	private final IdentityService identity;

	RecordSecondReviewListener(ApplicationLifecycle applications, IdentityService identity) {
		this.applications = applications;
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		applications.secondReviewed(KycApplicationProcess.applicationId(task), KycApplicationProcess.outcome(task),
				KycApplicationProcess.reason(task), TaskActors.of(task, identity));
	}

}
