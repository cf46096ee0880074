package io.onboarding.orchestrator.verification;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.onboarding.orchestrator.provider.SourceClient;

/**
 * An applicant a provider verified, written as the client a migration takes (SPEC 3.1's
 * {@code data.client}): the provider's fields put where ours are, nothing invented.
 */
public final class SourceEnvelope {

	private final ObjectNode client = JsonNodeFactory.instance.objectNode();

	private final ObjectNode identity = client.putObject("identity");

	private final ObjectNode profile = client.putObject("profile");

	private SourceEnvelope(String type) {
		identity.put("type", type);
		profile.put("identityType", type);
	}

	public static SourceEnvelope individual(String givenName, String familyName, String birthDate, String country) {
		SourceEnvelope envelope = new SourceEnvelope("individual");
		envelope.identity.put("givenName", givenName).put("familyName", familyName).put("birthDate", birthDate);
		envelope.identity.put("country", Countries.alpha2(country));
		return envelope;
	}

	public static SourceEnvelope company(String legalName, String country) {
		SourceEnvelope envelope = new SourceEnvelope("corporate");
		envelope.identity.put("legalName", legalName).put("country", Countries.alpha2(country));
		return envelope;
	}

	public SourceEnvelope contact(String email, String phone) {
		profile.put("email", email).put("phone", phone);
		return this;
	}

	/**
	 * The residential (person) or registration (company) address, when the provider has
	 * one.
	 */
	public SourceEnvelope address(String street, String city, String postalCode, String region, String country) {
		if (street == null && city == null && country == null) {
			return this;
		}
		String field = "individual".equals(identity.path("type").asText()) ? "residentialAddress"
				: "registrationAddress";
		profile.putObject(field)
			.put("country", Countries.alpha2(country))
			.put("city", city)
			.put("street", street)
			.put("postalCode", postalCode)
			.put("region", region);
		return this;
	}

	/**
	 * The client with the provider's verdict: approved, as only verified applicants are
	 * imported.
	 */
	public SourceClient verified() {
		client.put("status", "approved");
		return new SourceClient(client, "approved", "approved");
	}

}
