package io.onboarding.orchestrator.api;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The formats of the API's fields: ISO codes, dates, emails, phones, URLs. */
public final class Formats {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	// Pragmatic RFC 5322 subset: what mail systems deliver to, no quoted local parts or
	// IP literals.
	private static final Pattern EMAIL = Pattern
		.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
				+ "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ().\\-/]{2,30}$");

	private Formats() {
	}

	public static boolean isCountry(String code) {
		return code != null && COUNTRIES.contains(code);
	}

	public static boolean isCurrency(String code) {
		return code != null && CURRENCIES.contains(code);
	}

	public static Optional<LocalDate> parseDate(String value) {
		if (value == null || !DATE.matcher(value).matches()) {
			return Optional.empty();
		}
		// the pattern has checked the digits, so the fields are read as they stand:
		// LocalDate.parse's general formatter was 1 % of a creation's request thread in
		// a profile. A day its month lacks still fails.
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
					Integer.parseInt(value, 8, 10, 10)));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * An optional value given as {@code ""} is absent: integrators send {@code ""} for
	 * what they don't have (the seeds' {@code "phone": ""}), and an email or a date of
	 * {@code ""} would not be the format the API document gives it.
	 */
	public static String absentIfEmpty(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	public static boolean isEmail(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches();
	}

	public static boolean isPhone(String value) {
		return PHONE.matcher(value).matches() && value.chars().filter(Character::isDigit).count() >= 3;
	}

	/** An absolute http or https URL with a host. */
	public static boolean isWebUrl(String value) {
		try {
			URI uri = new URI(value);
			return uri.isAbsolute()
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception e) {
			return false;
		}
	}

}
