package io.onboarding.orchestrator.api;

import java.util.ArrayList;
import java.util.List;

import io.onboarding.orchestrator.api.FieldError;
import io.onboarding.orchestrator.api.InvalidRequestException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

/** Collects every broken rule of a request so that they are all reported at once. */
public final class Violations {

	private final List<FieldError> errors = new ArrayList<>();

	public void add(String field, String message) {
		errors.add(new FieldError(field, message));
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<FieldError> errors() {
		return List.copyOf(errors);
	}

	/** Ends the request with a 400 naming every field, if any rule was broken. */
	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	/**
	 * Checks a required text field: present and not blank. Returns whether it is present.
	 */
	public boolean required(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "is required");
			return false;
		}
		return true;
	}

	/** Checks a required nested object. Returns whether it is present. */
	public boolean required(String field, Object value) {
		if (value == null) {
			add(field, "is required");
			return false;
		}
		return true;
	}

	public void maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, "must be at most " + max + " characters");
		}
	}

	public void country(String field, String value) {
		if (value != null && !Formats.isCountry(value)) {
			add(field, "must be an ISO 3166-1 alpha-2 country code, such as GB");
		}
	}

	/** An ISO date; when {@code notInFuture}, also not after today. */
	public void date(String field, String value, boolean notInFuture) {
		if (value == null) {
			return;
		}
		var date = Formats.parseDate(value);
		if (date.isEmpty()) {
			add(field, "must be an ISO date, such as 2000-01-31");
		}
		else if (notInFuture && date.get().isAfter(LocalDate.now(ZoneOffset.UTC))) {
			add(field, "must not be in the future");
		}
	}

	public void email(String field, String value) {
		if (value != null && !Formats.isEmail(value)) {
			add(field, "must be a well-formed email address");
		}
	}

	public void phone(String field, String value) {
		if (value != null && !value.isEmpty() && !Formats.isPhone(value)) {
			add(field, "must be digits with an optional leading + and separators");
		}
	}

	public void oneOf(String field, String value, Collection<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			add(field, "must be one of " + String.join(", ", allowed));
		}
	}

}
