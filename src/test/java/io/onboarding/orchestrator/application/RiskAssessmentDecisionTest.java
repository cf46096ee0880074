package io.onboarding.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of {@code processes/risk-assessment.dmn}: the risk level, then the route.
 */
@Deployment(resources = "processes/risk-assessment.dmn")
class RiskAssessmentDecisionTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.camunda.cfg.xml")
		.build();

	@ParameterizedTest(name = "rule {0}: {1} -> {2}")
	@CsvSource({ "1, blacklisted, high", "2, sanctionsMatch, high", "3, underage, high", "4, pep, high",
			"5, highRiskCountry, high", "6, relationHit, high", "7, riskScore=high, high",
			"7, riskScore=mediumHigh, high", "8, identificationExpired, medium", "9, riskScore=medium, medium",
			"9, riskScore=lowMedium, medium", "10, nothing, low", "10, riskScore=low, low" })
	void riskLevel(int rule, String fact, String riskLevel) {
		Map<String, Object> facts = facts();
		if (fact.startsWith("riskScore=")) {
			facts.put("riskScore", fact.substring("riskScore=".length()));
		}
		else if (!"nothing".equals(fact)) {
			facts.put(fact, true);
		}

		var result = decisions().evaluateDecisionTableByKey("risk-assessment", facts).getSingleResult();

		assertThat(result.<String>getEntry("riskLevel")).as("rule " + rule).isEqualTo(riskLevel);
	}

	@Test
	void theFirstMatchingRuleWins() {
		Map<String, Object> facts = facts();
		facts.put("identificationExpired", true);
		facts.put("pep", true);

		assertThat(decisions().evaluateDecisionTableByKey("risk-assessment", facts)
			.getSingleResult()
			.<String>getEntry("riskLevel")).isEqualTo("high");
	}

	@ParameterizedTest(name = "rule {0}: blacklisted={1} sanctions={2} underage={3} {4} {5} verification={6} -> {7}")
	@CsvSource({ "1, true, true, false, FULL_KYC, high, none, auto_decline",
			"2, false, true, false, DOC_ONLY, high, verified, senior_review",
			"2, false, true, true, FULL_KYC, high, none, senior_review",
			"3, false, false, true, DOC_ONLY, high, verified, review",
			"3, false, false, true, DOC_ONLY, low, none, review",
			"4, false, false, false, FULL_KYC, low, verified, review",
			"5, false, false, false, DOC_ONLY, medium, none, review",
			"5, false, false, false, DOC_ONLY, high, verified, review",
			"6, false, false, false, DOC_ONLY, low, verified, approve",
			"7, false, false, false, DOC_ONLY, low, none, approve",
			"8, false, false, false, DOC_ONLY, low, unknown, review" })
	void route(int rule, boolean blacklisted, boolean sanctionsMatch, boolean underage, String kycLevel,
			String riskLevel, String verification, String route) {
		Map<String, Object> inputs = Map.of("blacklisted", blacklisted, "sanctionsMatch", sanctionsMatch, "underage",
				underage, "kycLevel", kycLevel, "riskLevel", riskLevel, "verification", verification);

		var result = decisions().evaluateDecisionTableByKey("screening-route", inputs).getSingleResult();

		assertThat(result.<String>getEntry("route")).as("rule " + rule).isEqualTo(route);
	}

	private static Map<String, Object> facts() {
		Map<String, Object> facts = new HashMap<>(Map.of("blacklisted", false, "sanctionsMatch", false, "underage",
				false, "pep", false, "highRiskCountry", false, "relationHit", false, "identificationExpired", false));
		facts.put("riskScore", "");
		return facts;
	}

	private static DecisionService decisions() {
		return engine.getDecisionService();
	}

}
