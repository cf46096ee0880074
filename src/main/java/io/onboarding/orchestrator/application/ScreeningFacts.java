package io.onboarding.orchestrator.application;

import java.util.ArrayList;
import java.util.List;

/**
 * What screening looks at (SPEC 5.2), read from the client record: the inputs of the
 * {@code risk-assessment} decision. Each fact that holds is also a reason an officer
 * reads.
 */
record ScreeningFacts(boolean blacklisted, boolean underage, boolean pep, boolean highRiskCountry, boolean relationHit,
		boolean identificationExpired, String riskScore) {

	List<String> reasons() {
		List<String> reasons = new ArrayList<>();
		if (blacklisted) {
			reasons.add("blacklisted");
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
