package io.onboarding.orchestrator.application;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the way to "Confirm high-risk approval": the second review gets a deadline of its
 * own ({@code onboarding.applications.review-due} from now), read by the task's due date
 * and its overdue timer.
 */
@Component("startSecondReview")
class StartSecondReviewListener implements ExecutionListener {

	private final ApplicationSettings settings;

	private final Clock clock;

	StartSecondReviewListener(ApplicationSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(KycApplicationProcess.REVIEW_DUE_AT, settings.reviewDueFrom(clock.instant()));
	}

}
