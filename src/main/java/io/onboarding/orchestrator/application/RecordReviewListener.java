package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.TaskActors;

/**
 * On completion of "Review application": the officer's decision, from Tasklist or the API
 * alike (both complete the task), so that both leave the same record and obey the same
 * rules.
 */
@Component("recordReview")
class RecordReviewListener implements TaskListener {

	private final ApplicationLifecycle applications;

	private final IdentityService identity;

	RecordReviewListener(ApplicationLifecycle applications, IdentityService identity) {
		this.applications = applications;
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		applications.reviewed(KycApplicationProcess.applicationId(task), KycApplicationProcess.outcome(task),
				KycApplicationProcess.reason(task), TaskActors.of(task, identity));
	}

}
