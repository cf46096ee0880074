package io.onboarding.orchestrator.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.screening.ScreeningReviewProcess;

/**
 * "Freeze client and open a KYC review" (screening-review): see
 * {@link ReviewScheduler#trueMatchConfirmed}.
 */
@Component("freezeForTrueMatch")
class FreezeForTrueMatchDelegate implements JavaDelegate {

	private final ReviewScheduler reviews;

	FreezeForTrueMatchDelegate(ReviewScheduler reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.trueMatchConfirmed(ScreeningReviewProcess.clientId(execution));
	}

}
