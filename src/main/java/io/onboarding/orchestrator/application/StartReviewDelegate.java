package io.onboarding.orchestrator.application;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start review": the review's due date and the timers' settings, then the application is
 * under review.
 */
@Component("startReview")
class StartReviewDelegate implements JavaDelegate {

	private final ApplicationLifecycle applications;

	private final ApplicationSettings settings;

	private final Clock clock;

	StartReviewDelegate(ApplicationLifecycle applications, ApplicationSettings settings, Clock clock) {
		this.applications = applications;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(KycApplicationProcess.REVIEW_DUE_AT, settings.reviewDueFrom(clock.instant()));
		execution.setVariable(KycApplicationProcess.INFORMATION_TIMEOUT, settings.informationTimeout());
		execution.setVariable(KycApplicationProcess.INFORMATION_REMINDER_CYCLE, "R/" + settings.informationReminder());
		applications.startReview(KycApplicationProcess.applicationId(execution));
	}

}
