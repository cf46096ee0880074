package io.onboarding.orchestrator.api;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Names the place of a JSON binding failure as an integrator writes it:
 * data.client.relations[0].identity.
 */
public final class JsonPaths {

	private JsonPaths() {
	}

	public static String of(JsonMappingException e) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : e.getPath()) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
		}
		return path.toString();
	}

}
