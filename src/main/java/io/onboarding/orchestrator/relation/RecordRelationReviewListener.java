package io.onboarding.orchestrator.relation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.TaskActors;

/** On completion of "Review related party": the officer accepts or rejects the hit. */
@Component("recordRelationReview")
class RecordRelationReviewListener implements TaskListener {

	private final RelationService relations;

	private final IdentityService identity;

	RecordRelationReviewListener(RelationService relations, IdentityService identity) {
		this.relations = relations;
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		relations.reviewed(RelationOnboardingProcess.relationId(task), RelationOnboardingProcess.accepted(task),
				TaskActors.of(task, identity));
	}

}
