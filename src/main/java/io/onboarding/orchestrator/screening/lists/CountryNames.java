package io.onboarding.orchestrator.screening.lists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as the UN list writes them ("Iran (Islamic Republic of)", "Russian
 * Federation") to ISO alpha-2 codes, from the JDK's English country names and the UN's
 * own forms that differ from them.
 */
final class CountryNames {

	private static final Map<String, String> CODES = codes();

	private CountryNames() {
	}

	static Optional<String> code(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String key = key(name);
		String code = CODES.get(key);
		if (code == null && key.contains("(")) {
			code = CODES.get(key(key.substring(0, key.indexOf('('))));
		}
		return Optional.ofNullable(code).map(c -> c.toLowerCase(Locale.ROOT));
	}

	private static Map<String, String> codes() {
		Map<String, String> codes = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			codes.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
		}
		codes.put(key("Democratic People's Republic of Korea"), "KP");
		codes.put(key("Republic of Korea"), "KR");
		codes.put(key("Russian Federation"), "RU");
		codes.put(key("Syrian Arab Republic"), "SY");
		codes.put(key("Viet Nam"), "VN");
		codes.put(key("United Kingdom of Great Britain and Northern Ireland"), "GB");
		codes.put(key("United States of America"), "US");
		codes.put(key("Lao People's Democratic Republic"), "LA");
		codes.put(key("Republic of Moldova"), "MD");
		codes.put(key("United Republic of Tanzania"), "TZ");
		codes.put(key("Democratic Republic of the Congo"), "CD");
		codes.put(key("Türkiye"), "TR");
		codes.put(key("Côte d'Ivoire"), "CI");
		codes.put(key("State of Palestine"), "PS");
		return codes;
	}

	private static String key(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z(]+", " ")
			.strip();
	}

}
