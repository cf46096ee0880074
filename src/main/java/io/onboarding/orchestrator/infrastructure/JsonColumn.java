package io.onboarding.orchestrator.infrastructure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;

/**
 * Stores a value record as a JSON text column. Text rather than jsonb keeps the quick
 * start's H2 and PostgreSQL alike; the columns that are queried are plain columns beside
 * it.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.findAndAddModules()
		.serializationInclusion(JsonInclude.Include.NON_NULL)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final TypeReference<T> type;

	protected JsonColumn(TypeReference<T> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(T value) {
		if (value == null) {
			return null;
		}
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName() + " as JSON", e);
		}
	}

	@Override
	public T convertToEntityAttribute(String json) {
		if (json == null) {
			return null;
		}
		try {
			return MAPPER.readValue(json, type);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored JSON cannot be read as " + type.getType(), e);
		}
	}

}
