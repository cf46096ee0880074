package io.onboarding.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Dates as the API document gives them: four digits of year, two of month and day, read
 * as ISO reads them.
 */
class FormatsTest {

	@Property(tries = 5000)
	void aDateIsWhatIsoParsingMakesOfIt(@ForAll("dateLike") String value) {
		Optional<LocalDate> expected = value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? iso(value) : Optional.empty();
		assertThat(Formats.parseDate(value)).isEqualTo(expected);
	}

	@Test
	void daysTheMonthLacksAndOtherShapesAreNoDates() {
		assertThat(Formats.parseDate("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
		assertThat(Formats.parseDate("2023-02-29")).isEmpty();
		assertThat(Formats.parseDate("2023-13-01")).isEmpty();
		assertThat(Formats.parseDate("2023-1-01")).isEmpty();
		assertThat(Formats.parseDate("2023-01-01T00:00")).isEmpty();
		assertThat(Formats.parseDate("+12023-01-01")).as("ISO's signed years are not the API's").isEmpty();
		assertThat(Formats.parseDate("")).isEmpty();
		assertThat(Formats.parseDate(null)).isEmpty();
	}

	/** Strings of a date's shape with any digits, and some of other shapes. */
	@Provide
	Arbitrary<String> dateLike() {
		Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(2);
		Arbitrary<String> shaped = Arbitraries.strings()
			.numeric()
			.ofLength(4)
			.flatMap(year -> digits.flatMap(month -> digits.map(day -> year + "-" + month + "-" + day)));
		return Arbitraries.oneOf(shaped, Arbitraries.strings().withChars("0123456789-+T ").ofMaxLength(12));
	}

	private static Optional<LocalDate> iso(String value) {
		try {
			return Optional.of(LocalDate.parse(value));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

}
