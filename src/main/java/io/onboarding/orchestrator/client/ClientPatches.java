package io.onboarding.orchestrator.client;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.FieldError;
import io.onboarding.orchestrator.api.InvalidRequestException;
import io.onboarding.orchestrator.api.JsonPaths;
import io.onboarding.orchestrator.api.NulFreeStrings;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Applies a patch-style update to a client's details (SPEC 3.2): identity fields given
 * replace the stored ones, a given profile replaces the stored profile whole, further
 * addresses replace theirs, attributes are merged and an attribute set to null is
 * removed.
 */
@Component
class ClientPatches {

	static final String PATH = "data.client";

	private static final Set<String> OTHER_ENDPOINTS = Set.of("relations", "relatedLegalEntities");

	private final ObjectMapper objectMapper;

	ClientPatches(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	ClientDetails apply(Client client, JsonNode patch) {
		if (patch == null || !patch.isObject()) {
			throw new InvalidRequestException(PATH, "is required and must be an object");
		}
		for (String field : OTHER_ENDPOINTS) {
			if (patch.has(field)) {
				throw new InvalidRequestException(PATH + "." + field,
						"relations are changed at /clients/{id}/relations");
			}
		}
		ObjectNode merged = objectMapper.valueToTree(client.details());
		Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			String name = field.getKey();
			JsonNode value = field.getValue();
			switch (name) {
				case "identity" -> merged.set(name, mergeObject(merged.get(name), value, PATH + ".identity"));
				case "profile" -> merged.set(name, requireObject(value, PATH + ".profile"));
				case "addresses" -> merged.set(name, mergeObject(merged.get(name), value, PATH + ".addresses"));
				case "attributes" -> merged.set(name, mergeObject(merged.get(name), value, PATH + ".attributes"));
				default -> {
					// read-only fields (id, status...) and unknown keys are ignored, as
					// on creation
				}
			}
		}
		String storedType = client.type();
		JsonNode givenType = merged.path("identity").path("type");
		if (!givenType.isMissingNode() && !givenType.isNull() && !storedType.equals(givenType.asText())) {
			throw new BusinessRuleException(PATH + ".identity.type",
					"The identity type of a client can't change (it is " + storedType + ")");
		}
		try {
			return objectMapper.treeToValue(merged, ClientDetails.class);
		}
		catch (JsonMappingException e) {
			throw new InvalidRequestException(List
				.of(new FieldError(PATH + "." + JsonPaths.of(e), e instanceof NulFreeStrings.NulCharacterException
						? e.getOriginalMessage() : "has the wrong type")));
		}
		catch (JsonProcessingException e) {
			throw new InvalidRequestException(PATH, "could not be read");
		}
	}

	private static JsonNode requireObject(JsonNode value, String path) {
		if (!value.isObject()) {
			throw new InvalidRequestException(path, "must be an object");
		}
		return value;
	}

	/** Fields given replace stored ones; a field given as null is removed. */
	private JsonNode mergeObject(JsonNode stored, JsonNode given, String path) {
		requireObject(given, path);
		ObjectNode result = stored != null && stored.isObject() ? ((ObjectNode) stored).deepCopy()
				: objectMapper.createObjectNode();
		given.fields().forEachRemaining(entry -> {
			if (entry.getValue().isNull()) {
				result.remove(entry.getKey());
			}
			else {
				result.set(entry.getKey(), entry.getValue());
			}
		});
		return result;
	}

}
