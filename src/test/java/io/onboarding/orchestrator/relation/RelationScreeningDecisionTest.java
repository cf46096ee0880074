package io.onboarding.orchestrator.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of {@code processes/relation-screening.dmn}. */
@Deployment(resources = "processes/relation-screening.dmn")
class RelationScreeningDecisionTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.camunda.cfg.xml")
		.build();

	@ParameterizedTest(name = "rule {0}: {1} -> {2}")
	@CsvSource({ "1, watchlistMatch, high", "2, pep, high", "3, highRiskCountry, high", "4, underage, medium",
			"5, nothing, low" })
	void riskLevel(int rule, String fact, String riskLevel) {
		Map<String, Object> facts = new HashMap<>(
				Map.of("watchlistMatch", false, "pep", false, "highRiskCountry", false, "underage", false));
		if (!"nothing".equals(fact)) {
			facts.put(fact, true);
		}

		var result = engine.getDecisionService()
			.evaluateDecisionTableByKey("relation-screening", facts)
			.getSingleResult();

		assertThat(result.<String>getEntry("riskLevel")).as("rule " + rule).isEqualTo(riskLevel);
	}

}
