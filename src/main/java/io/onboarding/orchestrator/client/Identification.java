package io.onboarding.orchestrator.client;

import io.onboarding.orchestrator.api.Formats;

/**
 * An identity document or registration number. Dates are ISO dates, kept as given once
 * valid.
 */
public record Identification(String type, String identificationNumber, String issuingCountry, String issueDate,
		String expirationDate) {

	public Identification {
		issueDate = Formats.absentIfEmpty(issueDate);
		expirationDate = Formats.absentIfEmpty(expirationDate);
	}

}
