package io.onboarding.orchestrator.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.onboarding.orchestrator.support.IntegrationTest;

/** The service's decision tables evaluate FEEL with each expression parsed once. */
@IntegrationTest
class DecisionEngineIT {

	@Autowired
	ProcessEngine engine;

	@Test
	void decisionTablesParseTheirExpressionsOnce() {
		var feel = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration()
			.getFeelEngine();
		assertThat(feel).isInstanceOf(ParsedFeelEngine.class);

		var route = engine.getDecisionService()
			.evaluateDecisionTableByKey("screening-route",
					Map.of("blacklisted", false, "sanctionsMatch", true, "underage", false, "kycLevel", "DOC_ONLY",
							"riskLevel", "high", "verification", "verified"))
			.getSingleResult();

		assertThat(route.<String>getEntry("route")).isEqualTo("senior_review");
		assertThat(((ParsedFeelEngine) feel).size()).isPositive();
	}

}
