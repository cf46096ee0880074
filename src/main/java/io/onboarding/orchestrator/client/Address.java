package io.onboarding.orchestrator.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A postal address. The shape of the seed's relation examples (firstLine, secondLine,
 * state) is accepted too and mapped onto street, refinement and region.
 */
public record Address(String country, String region, String city, String street, String houseNumber, String postalCode,
		String refinement) {

	@JsonCreator
	static Address fromJson(@JsonProperty("country") String country, @JsonProperty("region") String region,
			@JsonProperty("city") String city, @JsonProperty("street") String street,
			@JsonProperty("houseNumber") String houseNumber, @JsonProperty("postalCode") String postalCode,
			@JsonProperty("refinement") String refinement, @JsonProperty("firstLine") String firstLine,
			@JsonProperty("secondLine") String secondLine, @JsonProperty("state") String state) {
		return new Address(country, region != null ? region : state, city, street != null ? street : firstLine,
				houseNumber, postalCode, refinement != null ? refinement : secondLine);
	}
}
