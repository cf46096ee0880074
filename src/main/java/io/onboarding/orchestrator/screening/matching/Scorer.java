package io.onboarding.orchestrator.screening.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Scores a party against a list entry. Names are compared word by word whatever their
 * order (each word of the shorter name meets its closest word of the longer one), a
 * longer name's extra words cost (a missing middle name still matches, a name that covers
 * less than half of the other does not), and words that sound alike count too. Dates and
 * countries then move the score: a birth year more than one year apart takes a quarter
 * away, so that a common name with another birth date does not match; the same date or
 * country adds a little. The same identifier is a match whatever the names.
 */
public final class Scorer {

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	static final double NAME_WEIGHT = 0.8;

	static final double PHONETIC_WEIGHT = 0.2;

	/**
	 * What the first word a longer name has beyond the shorter one costs (a middle name),
	 * and each further one: a two-word name inside a five-word one is no match.
	 */
	static final double EXTRA_WORD = 0.96;

	static final double FURTHER_EXTRA_WORD = 0.9;

	static final double SAME_DATE = 0.05;

	static final double SAME_YEAR = 0.02;

	static final double OTHER_YEAR = -0.25;

	static final double SAME_COUNTRY = 0.03;

	static final double OTHER_COUNTRY = -0.03;

	static final double SAME_IDENTIFIER = 0.99;

	private Scorer() {
	}

	/**
	 * The features of the closest pair of names, or empty when they are of other kinds.
	 */
	public static Optional<Features> score(Profile party, Profile entry) {
		if (party.company() != entry.company()) {
			return Optional.empty();
		}
		Features best = null;
		for (List<String> partyName : party.names()) {
			for (List<String> entryName : entry.names()) {
				double name = nameSimilarity(partyName, entryName);
				double phonetic = phoneticShare(partyName, entryName);
				if (best == null || combine(name, phonetic) > combine(best.name(), best.phonetic())) {
					best = new Features(String.join(" ", partyName), String.join(" ", entryName), name, phonetic, 0, 0,
							false, 0);
				}
			}
		}
		boolean sameIdentifier = !Collections.disjoint(party.identifiers(), entry.identifiers());
		if (best == null && !sameIdentifier) {
			return Optional.empty();
		}
		double name = best == null ? 0 : best.name();
		double phonetic = best == null ? 0 : best.phonetic();
		double dates = dates(party.dates(), entry.dates());
		double countries = countries(party, entry);
		double score = clamp(combine(name, phonetic) + dates + countries);
		if (sameIdentifier) {
			score = Math.max(score, SAME_IDENTIFIER);
		}
		return Optional.of(new Features(best == null ? "" : best.partyName(), best == null ? "" : best.entryName(),
				round(name), round(phonetic), round(dates), round(countries), sameIdentifier, round(score)));
	}

	private static double combine(double name, double phonetic) {
		return NAME_WEIGHT * name + PHONETIC_WEIGHT * phonetic;
	}

	/**
	 * Each word of the shorter name paired with its closest unused word of the longer
	 * one, the closest pairs first; the mean of the pairs, less a little per extra word.
	 * A one-word name against a longer one proves little: it counts for less.
	 */
	static double nameSimilarity(List<String> a, List<String> b) {
		List<String> shorter = a.size() <= b.size() ? a : b;
		List<String> longer = new ArrayList<>(a.size() <= b.size() ? b : a);
		double total = 0;
		for (String word : shorter) {
			int closest = -1;
			double similarity = 0;
			for (int i = 0; i < longer.size(); i++) {
				double s = wordSimilarity(word, longer.get(i));
				if (s > similarity) {
					similarity = s;
					closest = i;
				}
			}
			if (closest >= 0) {
				longer.remove(closest);
			}
			total += similarity;
		}
		double mean = total / shorter.size();
		if (!longer.isEmpty()) {
			mean *= EXTRA_WORD * Math.pow(FURTHER_EXTRA_WORD, longer.size() - 1.0);
		}
		if (shorter.size() == 1 && (a.size() + b.size()) > 2) {
			mean *= 0.8;
		}
		return mean;
	}

	/** Jaro-Winkler; an initial matches a word it begins. */
	static double wordSimilarity(String a, String b) {
		if (a.length() == 1 || b.length() == 1) {
			return a.charAt(0) == b.charAt(0) ? 0.9 : 0;
		}
		return JARO_WINKLER.apply(a, b);
	}

	/** The share of the shorter name's words that sound like one of the other's. */
	static double phoneticShare(List<String> a, List<String> b) {
		List<String> shorter = a.size() <= b.size() ? a : b;
		List<String> other = a.size() <= b.size() ? b : a;
		List<String> sounds = other.stream().map(Names::sound).filter(code -> !code.isEmpty()).toList();
		long alike = shorter.stream()
			.map(Names::sound)
			.filter(code -> !code.isEmpty() && sounds.contains(code))
			.count();
		return (double) alike / shorter.size();
	}

	/** Full dates or years: the same date, the same year, or years far apart. */
	static double dates(List<String> party, List<String> entry) {
		if (party.isEmpty() || entry.isEmpty()) {
			return 0;
		}
		double best = OTHER_YEAR;
		for (String p : party) {
			for (String e : entry) {
				if (p.length() >= 10 && e.length() >= 10 && p.substring(0, 10).equals(e.substring(0, 10))) {
					return SAME_DATE;
				}
				int distance = Math.abs(year(p) - year(e));
				if (distance == 0) {
					best = Math.max(best, SAME_YEAR);
				}
				else if (distance == 1) {
					best = Math.max(best, 0);
				}
			}
		}
		return best;
	}

	private static double countries(Profile party, Profile entry) {
		if (party.countries().isEmpty() || entry.countries().isEmpty()) {
			return 0;
		}
		return Collections.disjoint(party.countries(), entry.countries()) ? OTHER_COUNTRY : SAME_COUNTRY;
	}

	private static int year(String date) {
		try {
			return Integer.parseInt(date.substring(0, 4));
		}
		catch (NumberFormatException e) {
			return -10_000;
		}
	}

	private static double clamp(double score) {
		return Math.max(0, Math.min(1, score));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
