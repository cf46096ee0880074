package io.onboarding.orchestrator.relation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record screening result": clear, or a hit for an officer. */
@Component("recordRelationScreening")
class RecordRelationScreeningDelegate implements JavaDelegate {

	private final RelationService relations;

	RecordRelationScreeningDelegate(RelationService relations) {
		this.relations = relations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		relations.screened(RelationOnboardingProcess.relationId(execution),
				RelationOnboardingProcess.riskLevel(execution), RelationOnboardingProcess.facts(execution));
	}

}
