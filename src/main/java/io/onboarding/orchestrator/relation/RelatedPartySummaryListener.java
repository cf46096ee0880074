package io.onboarding.orchestrator.relation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of "Review related party": what the form shows, as task-local variables.
 */
@Component("relatedPartySummary")
class RelatedPartySummaryListener implements TaskListener {

	private final RelationService relations;

	RelatedPartySummaryListener(RelationService relations) {
		this.relations = relations;
	}

	@Override
	public void notify(DelegateTask task) {
		RelationView relation = relations.view(RelationOnboardingProcess.relationId(task));
		task.setVariableLocal("partyName", relation.fullName());
		task.setVariableLocal("partyRole", relation.relation());
		task.setVariableLocal("partyCountry", relation.identity().country());
		task.setVariableLocal("riskLevel",
				relation.screening().riskLevel() == null ? null : relation.screening().riskLevel().value());
		task.setVariableLocal("screeningReasons", String.join(", ", relation.screening().reasons()));
		String list = RelationOnboardingProcess.facts(task).watchlist();
		task.setVariableLocal("watchlistName", list == null ? "" : list);
	}

}
