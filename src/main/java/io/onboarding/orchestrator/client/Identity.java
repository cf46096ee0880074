package io.onboarding.orchestrator.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.onboarding.orchestrator.api.Formats;

/**
 * Who a party is. Individuals use the name fields and birthDate, corporates legalName and
 * the incorporation fields; {@code identificationNumbers} is the deprecated map, returned
 * as given.
 */
public record Identity(String type, String givenName, String familyName, String middleName, String birthDate,
		String legalName, String tradingName, String incorporationDate, String corporationType, String country,
		List<Identification> identifications, Map<String, Object> identificationNumbers) {

	public static final String INDIVIDUAL = "individual";

	public static final String CORPORATE = "corporate";

	public Identity {
		birthDate = Formats.absentIfEmpty(birthDate);
		incorporationDate = Formats.absentIfEmpty(incorporationDate);
	}

	@JsonIgnore
	public boolean isIndividual() {
		return INDIVIDUAL.equals(type);
	}

	@JsonIgnore
	public boolean isCorporate() {
		return CORPORATE.equals(type);
	}

	/** Given and family name for people, the legal name for companies. */
	public String fullName() {
		if (isCorporate()) {
			return legalName;
		}
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { givenName, middleName, familyName }) {
			if (part != null && !part.isBlank()) {
				if (!name.isEmpty()) {
					name.append(' ');
				}
				name.append(part.trim());
			}
		}
		return name.toString();
	}
}
