package io.onboarding.orchestrator.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.nio.charset.StandardCharsets;

/**
 * Puts the seed document's payloads ({@code openapi/examples/*.json}, the same the
 * integration tests send) into the OpenAPI document as request examples, so that Swagger
 * UI offers what integrators really send.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

	/** Operation ("METHOD path") to its examples: file name to summary. */
	private static final Map<String, Map<String, String>> EXAMPLES = Map.of("POST /clients",
			ordered("individual-direct", "Individual, direct workflow", "individual-create-user",
					"Individual with an end user (workflow.createUser)", "individual-railsbank",
					"Individual with railsbank's reserved attributes", "corporate-direct-with-relations",
					"Corporate with its relations", "corporate-railsbank-related-entities",
					"Corporate for railsbank, relatedLegalEntities", "migration",
					"Migration from a service provider (202)"),
			"PATCH /clients/{id}",
			ordered("patch-individual", "Individual: identity and profile", "patch-individual-attributes",
					"Individual: attributes", "patch-corporate", "Corporate: identity and profile",
					"patch-corporate-attributes", "Corporate: attributes"));

	private final ObjectMapper objectMapper;

	OpenApiExamples(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	public void customise(OpenAPI openApi) {
		EXAMPLES.forEach((operationKey, examples) -> {
			String[] parts = operationKey.split(" ", 2);
			PathItem path = openApi.getPaths().get(parts[1]);
			Operation operation = path == null ? null
					: path.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[0]));
			if (operation == null || operation.getRequestBody() == null
					|| operation.getRequestBody().getContent() == null) {
				return;
			}
			for (MediaType media : operation.getRequestBody().getContent().values()) {
				examples.forEach(
						(file, summary) -> media.addExamples(file, new Example().summary(summary).value(read(file))));
			}
		});
	}

	private JsonNode read(String name) {
		try (InputStream in = OpenApiExamples.class.getResourceAsStream("/openapi/examples/" + name + ".json")) {
			if (in == null) {
				throw new IllegalStateException("No example " + name);
			}
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
				// the seed's corporate examples write their website without the colon
				.replace("\"https//www.", "\"https://www.");
			return objectMapper.readTree(json);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
