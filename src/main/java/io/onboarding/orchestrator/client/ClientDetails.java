package io.onboarding.orchestrator.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** What describes a client: identity, profile, further addresses and attributes. */
public record ClientDetails(Identity identity, Profile profile, Addresses addresses, Map<String, Object> attributes) {

	public ClientDetails {
		attributes = withoutNulls(attributes);
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> attributes) {
		Map<String, Object> clean = new LinkedHashMap<>();
		if (attributes != null) {
			attributes.forEach((key, value) -> {
				if (value != null) {
					clean.put(key, value);
				}
			});
		}
		return clean;
	}

	public String type() {
		return identity == null ? null : identity.type();
	}
}
