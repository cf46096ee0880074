package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.ProcessVariables;

/**
 * "Gather screening facts": the inputs of the risk-assessment decision, transient. The
 * two decisions and the steps up to the review read them in this transaction, and the
 * decision history records them as the decisions' inputs.
 */
@Component("gatherScreeningFacts")
class GatherScreeningFactsDelegate implements JavaDelegate {

	private final ApplicantScreening screening;

	GatherScreeningFactsDelegate(ApplicantScreening screening) {
		this.screening = screening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		screening.facts(KycApplicationProcess.applicationId(execution))
			.variables()
			.forEach((name, value) -> ProcessVariables.setTransient(execution, name, value));
	}

}
