package io.onboarding.orchestrator.relation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the screening of a related party decides on: the inputs of
 * {@code relation-screening}.
 */
record RelationFacts(boolean watchlistMatch, String watchlist, boolean pep, boolean underage, boolean highRiskCountry) {

	List<String> reasons() {
		List<String> reasons = new ArrayList<>();
		if (watchlistMatch) {
			reasons.add("watchlist_match");
		}
		if (pep) {
			reasons.add("politically_exposed_person");
		}
		if (underage) {
			reasons.add("under_18");
		}
		if (highRiskCountry) {
			reasons.add("high_risk_country");
		}
		return reasons;
	}
}
