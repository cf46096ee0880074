package io.onboarding.orchestrator.verification;

import java.util.UUID;

import io.onboarding.orchestrator.client.ClientSnapshot;

/**
 * Who a provider is asked to verify: our client's id (the provider's external user id or
 * reference id) and what the provider needs to prefill its form and check the documents
 * against.
 */
public record Applicant(UUID clientId, boolean company, String givenName, String familyName, String legalName,
		String birthDate, String country, String email, String phone) {

	static Applicant of(ClientSnapshot client) {
		var identity = client.identity();
		var profile = client.profile();
		return new Applicant(client.id(), client.isCorporate(), identity.givenName(), identity.familyName(),
				identity.legalName(), identity.birthDate(), identity.country(), profile.email(), profile.phone());
	}

	/** A person's data stays out of log lines and exception messages. */
	@Override
	public String toString() {
		return "Applicant[clientId=" + clientId + "]";
	}

}
