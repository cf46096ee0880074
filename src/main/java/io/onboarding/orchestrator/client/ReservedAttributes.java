package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.onboarding.orchestrator.api.Formats;
import io.onboarding.orchestrator.api.Violations;

/**
 * The attribute keys reserved by the {@code railsbank} service provider (SPEC 3.4):
 * validated whenever present, and the required ones demanded of a client that asks for a
 * railsbank connection.
 */
public final class ReservedAttributes {

	public static final String RAILSBANK = "railsbank";

	static final int MAX_KEYS = 100;
	static final int MAX_KEY_LENGTH = 100;
	static final int MAX_TEXT = 1000;

	private static final List<String> INDIVIDUAL_USAGE = List.of("digitalAssets", "gamingOrBetting",
			"socialWelfarePayments", "savings", "salary", "sendAndReceiveMoneyTransfers", "inheritance", "investments",
			"incomeFromBusinessActivity", "personalExpenses", "other");

	private static final List<String> CORPORATE_USAGE = List.of("companyExpenses", "settlements", "other",
			"serviceProviderPayments", "receiveClientFunds", "intragroupTransactions");

	private static final List<String> RISK_SCORES = List.of("low", "lowMedium", "medium", "mediumHigh", "high");

	private static final List<String> INDIVIDUAL_VOLUMES = List.of("0-5000", "5001-10000", "10000+");

	private static final List<String> CORPORATE_VOLUMES = List.of("0-25000", "25000-50000", "50000-250000",
			"250000-1000000", "1000000+");

	private static final List<String> VOLUME_TYPES = List.of("monthly");

	private static final List<String> VOLUME_CURRENCIES = List.of("EUR", "GBP");

	private static final List<String> COMPANY_TYPES = List.of("soleTrader", "partnership", "private", "nonProfit",
			"communityInterest", "public", "internationalNGO");

	private static final Set<String> NEED_BUSINESS_NATURES = Set.of("soleTrader", "partnership", "private", "public");

	private static final Set<String> NEED_NON_BUSINESS = Set.of("nonProfit", "communityInterest", "internationalNGO");

	private static final Set<String> NEED_WEBSITE = Set.of("public", "internationalNGO");

	private static final Pattern SIC = Pattern.compile("\\d{5}");

	private ReservedAttributes() {
	}

	/**
	 * @param path JSON path of the attributes map
	 * @param type the client's identity type
	 * @param railsbank whether the client asks for (or migrates from) a railsbank
	 * connection
	 */
	public static void validate(Violations v, String path, Map<String, Object> attributes, String type,
			boolean railsbank) {
		Map<String, Object> attrs = attributes == null ? Map.of() : attributes;
		if (attrs.size() > MAX_KEYS) {
			v.add(path, "must have at most " + MAX_KEYS + " keys");
			return;
		}
		for (String key : attrs.keySet()) {
			if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
				v.add(path, "keys must be 1 to " + MAX_KEY_LENGTH + " characters");
			}
		}
		boolean individual = Identity.INDIVIDUAL.equals(type);
		boolean corporate = Identity.CORPORATE.equals(type);

		text(v, path, attrs, "accountUsage", individual ? INDIVIDUAL_USAGE : corporate ? CORPORATE_USAGE : null);
		text(v, path, attrs, "riskScore", RISK_SCORES);
		text(v, path, attrs, "expectedVolumeRange",
				individual ? INDIVIDUAL_VOLUMES : corporate ? CORPORATE_VOLUMES : null);
		text(v, path, attrs, "expectedVolumeType", VOLUME_TYPES);
		currency(v, path, attrs);
		if (attrs.containsKey("isPep")) {
			if (!individual) {
				v.add(path + ".isPep", "applies to individual clients only");
			}
			else if (!isBoolean(attrs.get("isPep"))) {
				v.add(path + ".isPep", "must be true or false");
			}
		}
		if (attrs.containsKey("companyType")) {
			if (!corporate) {
				v.add(path + ".companyType", "applies to corporate clients only");
			}
			else {
				text(v, path, attrs, "companyType", COMPANY_TYPES);
			}
		}
		businessNatures(v, path, attrs.get("businessNatures"), attrs.containsKey("businessNatures"));
		for (String key : List.of("nonBusinessNature", "legalStatusOfEntity", "charitableBeneficiaries")) {
			freeText(v, path, attrs, key);
		}
		if (attrs.containsKey("website")) {
			Object website = attrs.get("website");
			if (!(website instanceof String url) || !Formats.isWebUrl(url)) {
				v.add(path + ".website", "must be an absolute http(s) URL, such as https://www.example.com");
			}
		}
		if (railsbank) {
			requiredForRailsbank(v, path, attrs, individual, corporate);
		}
	}

	private static void requiredForRailsbank(Violations v, String path, Map<String, Object> attrs, boolean individual,
			boolean corporate) {
		String why = "is required for a railsbank connection";
		for (String key : List.of("accountUsage", "riskScore", "expectedVolumeRange", "expectedVolumeType",
				"expectedVolumeCurrency")) {
			requirePresent(v, path, attrs, key, why);
		}
		if (individual) {
			requirePresent(v, path, attrs, "isPep", why);
		}
		if (corporate && requirePresent(v, path, attrs, "companyType", why)
				&& attrs.get("companyType") instanceof String companyType) {
			String because = "is required for a railsbank connection of a " + companyType + " company";
			if (NEED_BUSINESS_NATURES.contains(companyType)) {
				requirePresent(v, path, attrs, "businessNatures", because);
			}
			if (NEED_NON_BUSINESS.contains(companyType)) {
				requirePresent(v, path, attrs, "nonBusinessNature", because);
				requirePresent(v, path, attrs, "legalStatusOfEntity", because);
			}
			if ("nonProfit".equals(companyType)) {
				requirePresent(v, path, attrs, "charitableBeneficiaries", because);
			}
			if (NEED_WEBSITE.contains(companyType)) {
				requirePresent(v, path, attrs, "website", because);
			}
		}
	}

	private static boolean requirePresent(Violations v, String path, Map<String, Object> attrs, String key,
			String why) {
		Object value = attrs.get(key);
		if (value == null || (value instanceof String s && s.isBlank())) {
			v.add(path + "." + key, why);
			return false;
		}
		return true;
	}

	private static void text(Violations v, String path, Map<String, Object> attrs, String key, List<String> allowed) {
		if (!attrs.containsKey(key) || allowed == null) {
			return;
		}
		Object value = attrs.get(key);
		if (!(value instanceof String s) || !allowed.contains(s)) {
			v.add(path + "." + key, "must be one of " + String.join(", ", allowed));
		}
	}

	private static void currency(Violations v, String path, Map<String, Object> attrs) {
		if (!attrs.containsKey("expectedVolumeCurrency")) {
			return;
		}
		Object value = attrs.get("expectedVolumeCurrency");
		if (!(value instanceof String code) || !Formats.isCurrency(code)) {
			v.add(path + ".expectedVolumeCurrency", "must be an ISO 4217 currency code: EUR or GBP");
		}
		else if (!VOLUME_CURRENCIES.contains(code)) {
			v.add(path + ".expectedVolumeCurrency", "must be one of EUR, GBP");
		}
	}

	private static void businessNatures(Violations v, String path, Object value, boolean present) {
		if (!present) {
			return;
		}
		String field = path + ".businessNatures";
		if (value instanceof String code) {
			if (!SIC.matcher(code).matches()) {
				v.add(field, "must be a 5-digit SIC code or a list of them");
			}
		}
		else if (value instanceof List<?> codes && !codes.isEmpty() && codes.size() <= 20) {
			for (int i = 0; i < codes.size(); i++) {
				if (!(codes.get(i) instanceof String code) || !SIC.matcher(code).matches()) {
					v.add(field + "[" + i + "]", "must be a 5-digit SIC code");
				}
			}
		}
		else {
			v.add(field, "must be a 5-digit SIC code or a list of 1 to 20 of them");
		}
	}

	private static void freeText(Violations v, String path, Map<String, Object> attrs, String key) {
		if (!attrs.containsKey(key)) {
			return;
		}
		Object value = attrs.get(key);
		if (!(value instanceof String text)) {
			v.add(path + "." + key, "must be a string");
		}
		else if (text.length() > MAX_TEXT) {
			v.add(path + "." + key, "must be at most " + MAX_TEXT + " characters");
		}
	}

	private static boolean isBoolean(Object value) {
		return value instanceof Boolean || "true".equals(value) || "false".equals(value);
	}

	/** The isPep attribute read as a flag: absent means not known to be a PEP. */
	public static boolean isPep(Map<String, Object> attributes) {
		Object value = attributes == null ? null : attributes.get("isPep");
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

}
