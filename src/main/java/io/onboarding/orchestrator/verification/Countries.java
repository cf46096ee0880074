package io.onboarding.orchestrator.verification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 alpha-2 (ours) and alpha-3 (Sumsub's) country codes, from the JDK's own
 * table.
 */
public final class Countries {

	private static final Map<String, String> ALPHA3 = new HashMap<>();

	private static final Map<String, String> ALPHA2 = new HashMap<>();

	static {
		for (String alpha2 : Locale.getISOCountries()) {
			String alpha3 = new Locale("", alpha2).getISO3Country();
			ALPHA3.put(alpha2, alpha3);
			ALPHA2.put(alpha3, alpha2);
		}
	}

	private Countries() {
	}

	/** GB to GBR; null for null or an unknown code. */
	public static String alpha3(String alpha2) {
		return alpha2 == null ? null : ALPHA3.get(alpha2.toUpperCase(Locale.ROOT));
	}

	/** GBR to GB; an alpha-2 code is taken as it is; null for null or an unknown code. */
	public static String alpha2(String code) {
		if (code == null) {
			return null;
		}
		String upper = code.toUpperCase(Locale.ROOT);
		return upper.length() == 2 ? (ALPHA3.containsKey(upper) ? upper : null) : ALPHA2.get(upper);
	}

}
