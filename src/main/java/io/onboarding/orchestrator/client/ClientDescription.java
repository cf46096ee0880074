package io.onboarding.orchestrator.client;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * What the integrator describes of a client: identity, profile, further addresses and
 * attributes, with the name and email kept beside them in the forms search compares.
 */
@Embeddable
class ClientDescription {

	@Convert(converter = JsonColumns.IdentityColumn.class)
	@Column(nullable = false)
	private Identity identity;

	@Convert(converter = JsonColumns.ProfileColumn.class)
	@Column(nullable = false)
	private Profile profile;

	@Convert(converter = JsonColumns.AddressesColumn.class)
	private Addresses addresses;

	@Convert(converter = JsonColumns.AttributesColumn.class)
	private Map<String, Object> attributes;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "search_name", nullable = false)
	private String searchName;

	@Column(name = "search_email")
	private String searchEmail;

	protected ClientDescription() {
	}

	ClientDescription(ClientDetails details) {
		this.identity = details.identity();
		this.profile = details.profile();
		this.addresses = details.addresses();
		this.attributes = details.attributes().isEmpty() ? null : new HashMap<>(details.attributes());
		this.fullName = identity.fullName();
		this.searchName = searchable(fullName);
		String email = profile.email();
		this.searchEmail = email == null || email.isBlank() ? null : email.toLowerCase(Locale.ROOT);
	}

	/**
	 * What is left of a client's description after its personal data was erased (SPEC
	 * 7.5): the identity type, nothing else.
	 */
	static ClientDescription erased(String type) {
		ClientDescription erased = new ClientDescription();
		erased.identity = new Identity(type, null, null, null, null, null, null, null, null, null, List.of(), Map.of());
		erased.profile = new Profile(type, null, null, null, null, null, null, null, null);
		erased.fullName = "";
		erased.searchName = "";
		return erased;
	}

	/** Lower case without accents, so that "ozel" finds "Özel". */
	static String searchable(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	ClientDetails details() {
		return new ClientDetails(identity, profile, addresses, attributes);
	}

	Identity identity() {
		return identity;
	}

	Profile profile() {
		return profile;
	}

	Addresses addresses() {
		return addresses;
	}

	Map<String, Object> attributes() {
		return attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	String fullName() {
		return fullName;
	}

}
