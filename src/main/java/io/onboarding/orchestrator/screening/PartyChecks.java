package io.onboarding.orchestrator.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.Formats;
import io.onboarding.orchestrator.client.Identification;
import io.onboarding.orchestrator.client.Identity;

/**
 * The checks that applicants and related parties share: age, countries, documents. One
 * place for each rule, read by both screenings.
 */
@Component
public class PartyChecks {

	private static final int AGE_OF_MAJORITY = 18;

	private final ScreeningSettings settings;

	private final Clock clock;

	PartyChecks(ScreeningSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A person born less than 18 years ago; a company or an unknown birth date is not.
	 */
	public boolean isMinor(Identity identity) {
		return identity.isIndividual() && Formats.parseDate(identity.birthDate())
			.map(birth -> birth.plusYears(AGE_OF_MAJORITY).isAfter(today()))
			.orElse(false);
	}

	/** Whether any of the countries is on the configured high-risk list. */
	public boolean anyHighRisk(Collection<String> countries) {
		return settings.anyHighRisk(countries);
	}

	/** Whether any identification given has expired. */
	public boolean anyExpired(Identity identity) {
		List<Identification> documents = identity.identifications() == null ? List.of() : identity.identifications();
		return documents.stream()
			.anyMatch(document -> Formats.parseDate(document.expirationDate())
				.map(date -> date.isBefore(today()))
				.orElse(false));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

}
