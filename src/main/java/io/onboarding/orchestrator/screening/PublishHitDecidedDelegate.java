package io.onboarding.orchestrator.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Publish hit decided": {@code screening/hit-decided} with the hit and its decisions.
 */
@Component("publishHitDecided")
class PublishHitDecidedDelegate implements JavaDelegate {

	private final HitReviews reviews;

	PublishHitDecidedDelegate(HitReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.publishDecided(ScreeningReviewProcess.hitId(execution));
	}

}
