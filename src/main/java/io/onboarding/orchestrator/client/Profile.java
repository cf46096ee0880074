package io.onboarding.orchestrator.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.onboarding.orchestrator.api.Formats;

/**
 * Contact data and the primary address: residential for individuals, registration for
 * corporates. The seed's relation shape {@code addresses: {residential, registration}} is
 * accepted as well.
 */
public record Profile(String identityType, Address residentialAddress, Address registrationAddress, String phone,
		String email, String secondEmail, String secondPhone, String plannedIncome, String plannedExpenditure) {

	public Profile {
		email = Formats.absentIfEmpty(email);
		secondEmail = Formats.absentIfEmpty(secondEmail);
	}

	@JsonCreator
	static Profile fromJson(@JsonProperty("identityType") String identityType,
			@JsonProperty("residentialAddress") Address residentialAddress,
			@JsonProperty("registrationAddress") Address registrationAddress, @JsonProperty("phone") String phone,
			@JsonProperty("email") String email, @JsonProperty("secondEmail") String secondEmail,
			@JsonProperty("secondPhone") String secondPhone, @JsonProperty("plannedIncome") String plannedIncome,
			@JsonProperty("plannedExpenditure") String plannedExpenditure,
			@JsonProperty("addresses") ProfileAddresses addresses) {
		return new Profile(identityType,
				residentialAddress != null || addresses == null ? residentialAddress : addresses.residential(),
				registrationAddress != null || addresses == null ? registrationAddress : addresses.registration(),
				phone, email, secondEmail, secondPhone, plannedIncome, plannedExpenditure);
	}

	/**
	 * The address that locates the party: residential for people, registration for
	 * companies.
	 */
	public Address primaryAddress() {
		return residentialAddress != null ? residentialAddress : registrationAddress;
	}

	/** The same profile without any address, as reads show it by default. */
	public Profile withoutAddresses() {
		return new Profile(identityType, null, null, phone, email, secondEmail, secondPhone, plannedIncome,
				plannedExpenditure);
	}

	record ProfileAddresses(Address residential, Address registration) {
	}
}
