package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.ProcessVariables;
import io.onboarding.orchestrator.relation.RelationService;

/**
 * "Check related parties": how many of the client's related parties are still being
 * screened; the application waits for them before its own screening. The count is read by
 * the gateway right after, so it is transient.
 */
@Component("checkRelatedParties")
class CheckRelatedPartiesDelegate implements JavaDelegate {

	private final RelationService relations;

	CheckRelatedPartiesDelegate(RelationService relations) {
		this.relations = relations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProcessVariables.setTransient(execution, KycApplicationProcess.RELATED_PARTIES_PENDING,
				relations.unscreened(KycApplicationProcess.clientId(execution)));
	}

}
