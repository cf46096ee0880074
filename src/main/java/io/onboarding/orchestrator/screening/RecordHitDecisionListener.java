package io.onboarding.orchestrator.screening;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.infrastructure.TaskActors;
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * On completion of a hit's review task: the officer's decision, from Tasklist or the API
 * alike, so that both obey the same rules (a reason for a false positive, another officer
 * to confirm a true match).
 */
@Component("recordHitDecision")
class RecordHitDecisionListener implements TaskListener {

	private final HitReviews reviews;

	private final IdentityService identity;

	RecordHitDecisionListener(HitReviews reviews, IdentityService identity) {
		this.reviews = reviews;
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		String outcome = ScreeningReviewProcess.outcome(task);
		Hit.Outcome decided = outcome == null ? null : WireValue.find(Hit.Outcome.class, outcome).orElse(null);
		if (decided == null) {
			throw new BusinessRuleException("data.decision", "The decision is true_match or false_positive");
		}
		reviews.decided(ScreeningReviewProcess.hitId(task), decided, ScreeningReviewProcess.reason(task),
				TaskActors.of(task, identity));
	}

}
