package io.onboarding.orchestrator.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Gather screening facts": the inputs of the risk-assessment decision. */
@Component("gatherScreeningFacts")
class GatherScreeningFactsDelegate implements JavaDelegate {

	private final ApplicantScreening screening;

	GatherScreeningFactsDelegate(ApplicantScreening screening) {
		this.screening = screening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariables(screening.facts(KycApplicationProcess.applicationId(execution)).variables());
	}

}
