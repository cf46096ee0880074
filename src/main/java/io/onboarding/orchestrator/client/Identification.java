package io.onboarding.orchestrator.client;

/**
 * An identity document or registration number. Dates are ISO dates, kept as given once
 * valid.
 */
public record Identification(String type, String identificationNumber, String issuingCountry, String issueDate,
		String expirationDate) {
}
