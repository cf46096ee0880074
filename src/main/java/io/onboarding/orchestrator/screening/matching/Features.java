package io.onboarding.orchestrator.screening.matching;

/**
 * Why a party matched an entry, feature by feature, kept with every match so that an
 * officer sees it: the closest pair of names ({@code partyName}, {@code entryName}),
 * their similarity word by word ({@code name}, Jaro-Winkler), the share of words that
 * sound alike ({@code phonetic}), what the dates and countries added or took away
 * ({@code birthDate}, {@code country}; 0 when either side has none), whether an
 * identifier is the same, and the {@code score} they make together.
 */
public record Features(String partyName, String entryName, double name, double phonetic, double birthDate,
		double country, boolean identifier, double score) {
}
