package io.onboarding.orchestrator.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Names that must match and names that must not, at the default threshold
 * ({@code onboarding.screening.match-threshold}, 0.85).
 */
class ScorerTest {

	static final double THRESHOLD = 0.85;

	@ParameterizedTest(name = "{0} matches {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Muhammad Ali Hasan        | Mohammed Ali Hassan
			Mohamad Al-Rashid         | Muhammad al Rashid
			Sanctionov Viktor         | Viktor Sanctionov
			Viktor Sanctionov         | Viktor Ivanovich Sanctionov
			Viktor Sanktionov         | Viktor Sanctionov
			Владимир Путинов          | Vladimir Putinov
			José Müller               | Jose Muller
			Ørsted Søren              | Soren Orsted
			Dr. Maria Launderez       | Maria Launderez
			""")
	void peopleWhoseNamesAreWrittenOtherwiseMatch(String party, String listed) {
		assertThat(score(person(party, null), person(listed, null))).isGreaterThanOrEqualTo(THRESHOLD);
	}

	@ParameterizedTest(name = "{0} matches {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Shell Front Trading Limited | SHELL FRONT TRADING LTD.
			Acme Holdings GmbH          | ACME HOLDINGS
			Trading House Ltd           | Trading-House Limited
			""")
	void companiesMatchWhateverTheirLegalForm(String party, String listed) {
		assertThat(score(company(party), company(listed))).isGreaterThanOrEqualTo(THRESHOLD);
	}

	@ParameterizedTest(name = "{0} is not {1}")
	@CsvSource(delimiter = '|', textBlock = """
			John Smith      | 1980-01-01 | John Smith     | 1955-03-03
			Maria Garcia    | 1990-05-05 | Maria Garcia   | 1962
			Anna Schmidt    |            | Peter Schneider |
			Ali Hassan      |            | Ali Hassan Mahmoud Khalil Ibrahim |
			Chen Wei        | 1985-01-01 | Chen Wei Ming  | 1950-01-01
			""")
	void commonNamesOfOtherPeopleDoNotMatch(String party, String birth, String listed, String listedBirth) {
		assertThat(score(person(party, birth), person(listed, listedBirth))).isLessThan(THRESHOLD);
	}

	@Test
	void theSameBirthDateRaisesTheScoreAndAnotherLowersIt() {
		double none = score(person("Maria Launderez", null), person("Maria Launderes", null));
		double same = score(person("Maria Launderez", "1975-09-30"), person("Maria Launderes", "1975-09-30"));
		double other = score(person("Maria Launderez", "1990-01-01"), person("Maria Launderes", "1975-09-30"));
		assertThat(same).isGreaterThan(none);
		assertThat(other).isLessThan(none - 0.2);
	}

	@Test
	void theSameIdentifierMatchesWhateverTheName() {
		Profile party = new Profile(false, List.of(Names.words("Somebody Else", false)), List.of(), Set.of(),
				Set.of("AB 123-456"));
		Profile entry = new Profile(false, List.of(Names.words("Viktor Sanctionov", false)), List.of(), Set.of(),
				Set.of("ab123456"));
		Features features = Scorer.score(party, entry).orElseThrow();
		assertThat(features.identifier()).isTrue();
		assertThat(features.score()).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void aPersonIsNeverScoredAgainstACompany() {
		assertThat(Scorer.score(person("Shell Front", null), company("Shell Front Ltd"))).isEmpty();
	}

	@Test
	void theFeaturesSayWhichNamesMet() {
		Features features = Scorer
			.score(person("Sanctionov Viktor", "1961-04-12"),
					new Profile(false,
							List.of(Names.words("Viktor Sanctionov", false), Names.words("V. Sanctionov", false)),
							List.of("1961-04-12"), Set.of("ru"), Set.of()))
			.orElseThrow();
		assertThat(features.partyName()).isEqualTo("sanctionov viktor");
		assertThat(features.entryName()).isEqualTo("viktor sanctionov");
		assertThat(features.name()).isEqualTo(1.0);
		assertThat(features.phonetic()).isEqualTo(1.0);
		assertThat(features.birthDate()).isEqualTo(Scorer.SAME_DATE);
		assertThat(features.country()).isZero();
		assertThat(features.score()).isEqualTo(1.0);
	}

	@Test
	void namesAreWrittenInLatinLettersWithoutLegalFormsOrTitles() {
		assertThat(Names.words("Владимир Путинов", false)).containsExactly("vladimir", "putinov");
		assertThat(Names.words("Mr. Hassan AL-BLOCKED", false)).containsExactly("hassan", "al", "blocked");
		assertThat(Names.words("Shell Front Trading Co., Ltd.", true)).containsExactly("shell", "front", "trading");
		assertThat(Names.sound("mohammed")).isEqualTo(Names.sound("muhammad"));
		assertThat(Names.identifier(" ab-123 456 ")).isEqualTo("AB123456");
	}

	static Profile person(String name, String birthDate) {
		return new Profile(false, List.of(Names.words(name, false)),
				birthDate == null || birthDate.isBlank() ? List.of() : List.of(birthDate), Set.of(), Set.of());
	}

	static Profile company(String name) {
		return new Profile(true, List.of(Names.words(name, true)), List.of(), Set.of(), Set.of());
	}

	static double score(Profile party, Profile entry) {
		return Scorer.score(party, entry).map(Features::score).orElse(0.0);
	}

}
