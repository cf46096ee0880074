package io.onboarding.orchestrator.relation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check related party": the facts the relation-screening decision takes. */
@Component("checkRelatedParty")
class CheckRelatedPartyDelegate implements JavaDelegate {

	private final RelationService relations;

	CheckRelatedPartyDelegate(RelationService relations) {
		this.relations = relations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RelationOnboardingProcess.facts(execution, relations.facts(RelationOnboardingProcess.relationId(execution)));
	}

}
