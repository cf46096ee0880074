package io.onboarding.orchestrator.api;

import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-2 subdivision codes of the countries whose addresses must name their region by
 * code: the United States (states, the district and outlying areas), Canada and Mexico.
 */
public final class Subdivisions {

	private static final Map<String, Set<String>> CODES = Map.of("US",
			Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
					"LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
					"ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
					"WY", "DC", "AS", "GU", "MP", "PR", "UM", "VI"),
			"CA", Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"), "MX",
			Set.of("AGU", "BCN", "BCS", "CAM", "CHP", "CHH", "CMX", "COA", "COL", "DUR", "GUA", "GRO", "HID", "JAL",
					"MEX", "MIC", "MOR", "NAY", "NLE", "OAX", "PUE", "QUE", "ROO", "SLP", "SIN", "SON", "TAB", "TAM",
					"TLA", "VER", "YUC", "ZAC"));

	private Subdivisions() {
	}

	/** Whether the country's addresses must give their region as a subdivision code. */
	public static boolean isCoded(String country) {
		return country != null && CODES.containsKey(country);
	}

	/** Accepts the bare code ({@code NY}) and the prefixed form ({@code US-NY}). */
	public static boolean isValid(String country, String region) {
		Set<String> codes = CODES.get(country);
		if (codes == null || region == null) {
			return false;
		}
		String code = region.startsWith(country + "-") ? region.substring(country.length() + 1) : region;
		return codes.contains(code);
	}

}
