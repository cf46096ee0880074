package io.onboarding.orchestrator.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.onboarding.orchestrator.api.Violations;

/**
 * What a read of a client adds to the default view: {@code metadata.includeProfile=true}
 * and the {@code metadata.include} keys of the seed (repeatable or comma-separated).
 */
record ClientIncludes(boolean profile, boolean primaryAddress, boolean residentialAddress, boolean registrationAddress,
		boolean connections) {

	public static final ClientIncludes NONE = new ClientIncludes(false, false, false, false, false);

	static final String PRIMARY = "data.client.profile.primaryAddress";
	static final String RESIDENTIAL = "data.client.profile.residentialAddress";
	static final String REGISTRATION = "data.client.profile.registrationAddress";
	static final String CONNECTIONS = "connect.connections";
	static final List<String> KEYS = List.of(PRIMARY, RESIDENTIAL, REGISTRATION, CONNECTIONS);

	/** Parses the query parameters; an unknown include is a 400. */
	static ClientIncludes parse(String includeProfile, List<String> include) {
		Violations v = new Violations();
		boolean profile = false;
		if (includeProfile != null) {
			if ("true".equalsIgnoreCase(includeProfile)) {
				profile = true;
			}
			else if (!"false".equalsIgnoreCase(includeProfile)) {
				v.add("metadata.includeProfile", "must be true or false");
			}
		}
		boolean primary = false;
		boolean residential = false;
		boolean registration = false;
		boolean connections = false;
		if (include != null) {
			for (String entry : include) {
				for (String key : entry.split(",")) {
					String trimmed = key.trim();
					switch (trimmed) {
						case PRIMARY -> primary = true;
						case RESIDENTIAL -> residential = true;
						case REGISTRATION -> registration = true;
						case CONNECTIONS -> connections = true;
						case "" -> {
						}
						default -> v.add("metadata.include",
								"unknown include '" + abbreviate(trimmed) + "'; use " + String.join(", ", KEYS));
					}
				}
			}
		}
		v.throwIfAny();
		return new ClientIncludes(profile, primary, residential, registration, connections);
	}

	/** The response's echo of what was included. */
	Map<String, Object> echo() {
		Map<String, Object> metadata = new LinkedHashMap<>();
		if (profile) {
			metadata.put("includeProfile", true);
		}
		if (primaryAddress) {
			metadata.put("includePrimaryAddress", true);
		}
		if (residentialAddress) {
			metadata.put("includeResidentialAddress", true);
		}
		if (registrationAddress) {
			metadata.put("includeRegistrationAddress", true);
		}
		if (connections) {
			metadata.put("includeConnections", true);
		}
		return metadata;
	}

	private static String abbreviate(String value) {
		return value.length() > 80 ? value.substring(0, 80) + "..." : value;
	}
}
