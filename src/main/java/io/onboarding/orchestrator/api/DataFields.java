package io.onboarding.orchestrator.api;

import com.fasterxml.jackson.databind.JsonNode;

import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * Reads the fields of a request's {@code data} object for the small action endpoints,
 * reporting a missing or mistyped field under its JSON path ({@code data.reason}).
 */
public final class DataFields {

	private DataFields() {
	}

	/**
	 * A string, trimmed; blank counts as absent. Null when absent or invalid (the
	 * violation is added).
	 */
	public static String text(Violations v, JsonNode data, String field, boolean required, int max) {
		JsonNode value = data == null ? null : data.get(field);
		String path = "data." + field;
		if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
			if (required) {
				v.add(path, "is required");
			}
			return null;
		}
		if (!value.isTextual()) {
			v.add(path, "must be a string");
			return null;
		}
		v.maxLength(path, value.asText(), max);
		return value.asText().trim();
	}

	/**
	 * One of an enum's spellings; null when absent or invalid (the violation is added,
	 * listing what is allowed).
	 */
	public static <E extends Enum<E> & WireValue> E oneOf(Violations v, JsonNode data, String field, Class<E> type) {
		String text = text(v, data, field, false, 64);
		if (text == null) {
			return null;
		}
		E value = WireValue.find(type, text).orElse(null);
		if (value == null) {
			v.add("data." + field, "must be one of " + String.join(", ", WireValue.values(type)));
		}
		return value;
	}

	/** true or false; null when absent or invalid (the violation is added). */
	public static Boolean flag(Violations v, JsonNode data, String field) {
		JsonNode value = data == null ? null : data.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			v.add("data." + field, "must be true or false");
			return null;
		}
		return value.asBoolean();
	}

}
