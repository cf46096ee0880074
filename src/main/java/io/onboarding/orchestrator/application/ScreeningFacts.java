package io.onboarding.orchestrator.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import io.onboarding.orchestrator.infrastructure.ProcessVariables;

/**
 * What screening looks at (SPEC 5.2), read from the client record: the inputs of the
 * {@code risk-assessment} decision, handed to it as transient variables (see
 * {@link GatherScreeningFactsDelegate}). Each fact that holds is also a reason an officer
 * reads.
 */
record ScreeningFacts(boolean blacklisted, boolean underage, boolean pep, boolean highRiskCountry, boolean relationHit,
		boolean identificationExpired, String riskScore, String verification, boolean sanctionsMatch) {

	/** No verification provider took part in the application. */
	static final String NO_VERIFICATION = "none";

	/** The provider verified the applicant's identity. */
	static final String VERIFIED = "verified";

	/** As the decision's inputs and the process's variables name them. */
	Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("blacklisted", blacklisted);
		variables.put("underage", underage);
		variables.put("pep", pep);
		variables.put("highRiskCountry", highRiskCountry);
		variables.put("relationHit", relationHit);
		variables.put("identificationExpired", identificationExpired);
		variables.put("riskScore", riskScore);
		variables.put("verification", verification);
		variables.put("sanctionsMatch", sanctionsMatch);
		return variables;
	}

	static ScreeningFacts of(VariableScope scope) {
		return new ScreeningFacts(ProcessVariables.flag(scope, "blacklisted"), ProcessVariables.flag(scope, "underage"),
				ProcessVariables.flag(scope, "pep"), ProcessVariables.flag(scope, "highRiskCountry"),
				ProcessVariables.flag(scope, "relationHit"), ProcessVariables.flag(scope, "identificationExpired"),
				ProcessVariables.text(scope, "riskScore"), ProcessVariables.text(scope, "verification"),
				ProcessVariables.flag(scope, "sanctionsMatch"));
	}

	List<String> reasons() {
		List<String> reasons = new ArrayList<>();
		if (blacklisted) {
			reasons.add("blacklisted");
		}
		if (sanctionsMatch) {
			reasons.add("sanctions_list_match");
		}
		if (underage) {
			reasons.add("under_18");
		}
		if (pep) {
			reasons.add("politically_exposed_person");
		}
		if (highRiskCountry) {
			reasons.add("high_risk_country");
		}
		if (relationHit) {
			reasons.add("related_party_hit");
		}
		if (identificationExpired) {
			reasons.add("identification_expired");
		}
		if (riskScore != null && !riskScore.isEmpty() && !"low".equals(riskScore)) {
			reasons.add("risk_score_" + riskScore);
		}
		return reasons;
	}

}
