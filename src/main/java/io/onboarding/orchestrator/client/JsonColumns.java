package io.onboarding.orchestrator.client;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

import io.onboarding.orchestrator.infrastructure.JsonColumn;

/** The JSON columns of a party's record. */
public final class JsonColumns {

	private JsonColumns() {
	}

	@Converter
	public static class IdentityColumn extends JsonColumn<Identity> {

		public IdentityColumn() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	public static class ProfileColumn extends JsonColumn<Profile> {

		public ProfileColumn() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	public static class AddressesColumn extends JsonColumn<Addresses> {

		public AddressesColumn() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	public static class AttributesColumn extends JsonColumn<Map<String, Object>> {

		public AttributesColumn() {
			super(new TypeReference<>() {
			});
		}

	}

}
