package io.onboarding.orchestrator.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Names as screening compares them: written in Latin letters (ICU's "Any-Latin;
 * Latin-ASCII": Владимир becomes vladimir, Müller muller, Ørsted orsted), lower case,
 * split into words at anything that is not a letter or a digit, without honorifics and,
 * for companies, without the words of legal forms (Ltd, GmbH, S.A....), so that "Shell
 * Front Trading Limited" and "SHELL FRONT TRADING LTD." are the same words. Word order is
 * left to the scorer.
 */
public final class Names {

	/** Words that say what a company is, not which one. */
	static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "llc", "llp", "lp", "inc", "incorporated", "corp",
			"corporation", "co", "company", "plc", "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "sa", "sas", "sarl", "srl",
			"spa", "sl", "slu", "sau", "bv", "nv", "vof", "oy", "oyj", "ab", "as", "asa", "aps", "a", "s", "se", "pte",
			"pty", "sdn", "bhd", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "oao", "ao", "tov", "kft", "zrt", "sp",
			"z", "o", "zoo", "doo", "ad", "dd", "cv", "pt", "tbk", "lda", "ltda", "eirl", "fze", "fzco", "fzc", "dmcc",
			"the", "of", "and");

	/** Titles that come and go with a person's name. */
	static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord",
			"lady", "hon");

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

	private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
		DoubleMetaphone metaphone = new DoubleMetaphone();
		metaphone.setMaxCodeLen(6);
		return metaphone;
	});

	private Names() {
	}

	/** The words of a name, in the order written; empty for a blank name. */
	public static List<String> words(String name, boolean company) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String word : WORD_BREAK.split(latin(name.strip()))) {
			if (word.isEmpty() || (company ? LEGAL_FORMS.contains(word) : HONORIFICS.contains(word))) {
				continue;
			}
			words.add(word);
		}
		return List.copyOf(words);
	}

	/**
	 * The name in lower-case Latin letters. ASCII is that already, but for the case, and
	 * most names are ASCII: the transliteration, three rule sets applied character by
	 * character, took most of a party's screening time.
	 */
	static String latin(String name) {
		boolean ascii = name.chars().allMatch(c -> c < 0x80);
		return (ascii ? name : TO_LATIN.get().transliterate(name)).toLowerCase(Locale.ROOT);
	}

	/**
	 * The Double Metaphone code of a word: Mohammed, Muhammad and Mohamad share one;
	 * digits have none.
	 */
	public static String sound(String word) {
		if (word.chars().anyMatch(Character::isDigit)) {
			return "";
		}
		String code = METAPHONE.get().doubleMetaphone(word);
		return code == null ? "" : code;
	}

	/**
	 * An identifier as it is compared: letters and digits only, upper case ("AB 123-456"
	 * is AB123456).
	 */
	public static String identifier(String value) {
		return value == null ? "" : value.replaceAll("[^\\p{L}\\p{Nd}]", "").toUpperCase(Locale.ROOT);
	}

}
