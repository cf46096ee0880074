package io.onboarding.orchestrator.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Names written in Latin letters: ASCII skips the transliteration, and means the same.
 */
class NamesTest {

	private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

	@Property(tries = 2000)
	void anAsciiNameIsWhatTheTransliterationMakesOfIt(
			@ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String name) {
		assertThat(Names.latin(name)).isEqualTo(TO_LATIN.transliterate(name).toLowerCase(Locale.ROOT));
	}

	@Test
	void otherNamesAreTransliterated() {
		assertThat(Names.latin("Владимир Müller-Ørsted")).isEqualTo("vladimir muller-orsted");
		assertThat(Names.words("Dr. Владимир Müller-Ørsted", false)).containsExactly("vladimir", "muller", "orsted");
		assertThat(Names.words("SHELL FRONT TRADING LTD.", true)).containsExactly("shell", "front", "trading");
		assertThat(Names.words(" ", true)).isEmpty();
	}

}
