package io.onboarding.orchestrator.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the API contract, {@code openapi/openapi.yaml}, at {@code /v3/api-docs} (Swagger
 * UI reads it there). The document is written by hand and checked in, not derived from
 * the controllers: the envelope's {@code data} is built per view, so annotations could
 * not type it, and a reviewed file is what integrators read and generate their clients
 * from. The tests hold the code to it: every mapping is in it (OpenApiIT), every response
 * the integration tests receive and every request they send with success validates
 * against it (support/ContractCheck), and the build generates its test client from the
 * same file (ClientTourIT).
 * <p>
 * An example given as {@code externalValue} (the seed payloads the integration tests also
 * send, {@code openapi/examples/*.json}) is served inline, so that Swagger UI offers it.
 */
@RestController
class ApiDocument {

	private static final String BASE = "/openapi/";

	private final ObjectNode document;

	private final ObjectMapper objectMapper;

	ApiDocument(ObjectMapper objectMapper) throws IOException {
		this.objectMapper = objectMapper;
		this.document = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(text("openapi.yaml"));
		inlineExamples(document, objectMapper);
	}

	/**
	 * The document with the address it was fetched from as its server, so that Swagger
	 * UI's "Try it out" and a client generated from the served copy call this deployment.
	 */
	@GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
	String document() throws IOException {
		ObjectNode served = document.deepCopy();
		ArrayNode servers = served.putArray("servers");
		servers.addObject()
			.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString())
			.put("description", "This deployment");
		return objectMapper.writeValueAsString(served);
	}

	/** The address of Swagger UI the README gives. */
	@GetMapping("/swagger-ui.html")
	ResponseEntity<Void> swaggerUi() {
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/swagger-ui/index.html")).build();
	}

	private static void inlineExamples(ObjectNode document, ObjectMapper objectMapper) throws IOException {
		List<JsonNode> holders = new ArrayList<>(document.findParents("externalValue"));
		for (JsonNode holder : holders) {
			ObjectNode example = (ObjectNode) holder;
			String file = example.remove("externalValue").asText();
			example.set("value", example(objectMapper, file));
		}
	}

	/**
	 * The seed's corporate examples write their website without the colon, which the
	 * service refuses; Swagger UI offers them mended, so that they work as they are.
	 */
	private static JsonNode example(ObjectMapper mapper, String name) throws IOException {
		return mapper.readTree(text(name).replace("\"https//www.", "\"https://www."));
	}

	private static String text(String name) {
		try (InputStream in = ApiDocument.class.getResourceAsStream(BASE + name)) {
			if (in == null) {
				throw new IllegalStateException(BASE + name + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
