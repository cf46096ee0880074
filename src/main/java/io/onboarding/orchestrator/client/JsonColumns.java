package io.onboarding.orchestrator.client;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

import io.onboarding.orchestrator.infrastructure.JsonColumn;

/**
 * The JSON columns of a party's record. Their values are records that nothing changes in
 * place (a description is replaced whole), so Hibernate is told they are immutable:
 * otherwise it copies each one through JSON when it loads a client and compares it so at
 * every flush, which was most of the cost of a query in a transaction holding a client
 * (Jackson under Hibernate's auto-flush in a profile of creations).
 */
public final class JsonColumns {

	private JsonColumns() {
	}

	@Converter
	@Mutability(Immutability.class)
	public static class IdentityColumn extends JsonColumn<Identity> {

		public IdentityColumn() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	@Mutability(Immutability.class)
	public static class ProfileColumn extends JsonColumn<Profile> {

		public ProfileColumn() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	@Mutability(Immutability.class)
	public static class AddressesColumn extends JsonColumn<Addresses> {

		public AddressesColumn() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	@Mutability(Immutability.class)
	public static class AttributesColumn extends JsonColumn<Map<String, Object>> {

		public AttributesColumn() {
			super(new TypeReference<>() {
			});
		}

	}

}
