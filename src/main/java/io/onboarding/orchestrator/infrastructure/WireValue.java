package io.onboarding.orchestrator.infrastructure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;

/**
 * An enum whose constants travel as the contract spells them, their names in lower case
 * ({@code UNDER_REVIEW} is {@code under_review}): in JSON, in query parameters, in the
 * database and in the engine's variables.
 */
public interface WireValue {

	String name();

	@JsonValue
	default String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The constant spelled {@code value}, if there is one. */
	static <E extends Enum<E> & WireValue> Optional<E> find(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.value().equals(value)).findFirst();
	}

	/** The constant spelled {@code value}; anything else is a bug, not bad input. */
	static <E extends Enum<E> & WireValue> E of(Class<E> type, String value) {
		return find(type, value).orElseThrow(
				() -> new IllegalArgumentException("No " + type.getSimpleName() + " is spelled '" + value + "'"));
	}

	/** Every spelling, in declaration order: what a 400 lists as allowed. */
	static <E extends Enum<E> & WireValue> List<String> values(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(WireValue::value).toList();
	}

	/** Stores the constant as its spelling; each enum's column converter extends this. */
	abstract class Column<E extends Enum<E> & WireValue> implements AttributeConverter<E, String> {

		private final Class<E> type;

		protected Column(Class<E> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(E constant) {
			return constant == null ? null : constant.value();
		}

		@Override
		public E convertToEntityAttribute(String value) {
			return value == null ? null : of(type, value);
		}

	}

}
