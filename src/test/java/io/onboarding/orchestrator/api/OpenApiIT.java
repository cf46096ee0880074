package io.onboarding.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;

/**
 * The OpenAPI document is public and describes every mapping of the service's
 * controllers.
 */
@IntegrationTest
class OpenApiIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyControllerMappingIsInTheDocument() {
		Api.Response document = Api.at(port).get("/v3/api-docs");
		assertThat(document.status()).isEqualTo(200);
		JsonNode paths = document.json().path("paths");

		List<String> missing = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("io.onboarding.orchestrator")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					if (!paths.path(pattern).has(method.name().toLowerCase(Locale.ROOT))) {
						missing.add(method + " " + pattern);
					}
				}
			}
		});

		assertThat(missing).isEmpty();
		assertThat(paths.path("/clients").has("post")).isTrue();
		assertThat(document.json().path("components").path("securitySchemes").has("apiKey")).isTrue();
		assertThat(document.json().path("components").path("securitySchemes").has("bearer")).isTrue();
		assertThat(paths.path("/clients/{id}").path("get").path("responses").has("404")).isTrue();
	}

	@Test
	void everyReferenceResolves() {
		JsonNode document = Api.at(port).get("/v3/api-docs").json();
		List<String> references = document.findValuesAsText("$ref");
		assertThat(references).contains("#/components/schemas/Problem");

		assertThat(references.stream()
			.distinct()
			.filter(reference -> !reference.startsWith("#/components/schemas/")
					|| !document.path("components").path("schemas").has(reference.substring(21))))
			.isEmpty();
	}

	@Test
	void theSeedPayloadsAreTheExamplesAndTheyAreAccepted() {
		JsonNode document = Api.at(port).get("/v3/api-docs").json();
		JsonNode examples = document.path("paths")
			.path("/clients")
			.path("post")
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples");
		assertThat(examples.has("individual-direct")).isTrue();
		assertThat(examples.has("migration")).isTrue();
		assertThat(document.path("paths")
			.path("/clients/{id}")
			.path("patch")
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples")
			.has("patch-individual")).isTrue();

		// what Swagger UI offers must work as it is
		for (String name : List.of("individual-direct", "individual-railsbank", "corporate-direct-with-relations",
				"corporate-railsbank-related-entities")) {
			JsonNode example = examples.path(name).path("value");
			assertThat(Api.at(port).asIntegrator().post("/clients", example).status()).as(name).isEqualTo(201);
		}
	}

	@Test
	void swaggerUiIsServed() {
		Api.Response ui = Api.at(port).get("/swagger-ui/index.html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.text()).contains("Swagger UI");
	}

	@Test
	void everyOperationIsNamedTaggedAndDescribed() {
		JsonNode document = Api.at(port).get("/v3/api-docs").json();
		List<String> tags = document.path("tags").findValuesAsText("name");
		List<String> ids = new ArrayList<>();
		List<String> undescribed = new ArrayList<>();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			JsonNode body = operation.getValue();
			ids.add(body.path("operationId").asText());
			if (body.path("description").asText().isBlank() || body.path("summary").asText().isBlank()
					|| !tags.contains(body.path("tags").path(0).asText())) {
				undescribed.add(operation.getKey() + " " + path.getKey());
			}
		}));
		assertThat(undescribed).as("each in openapi/operations.yml").isEmpty();
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-zA-Z]+"));
		assertThat(ids).contains("createClient", "getClient", "getCaseFile");
	}

	@Test
	void eachOperationListsTheStatusesItAnswers() {
		JsonNode paths = Api.at(port).get("/v3/api-docs").json().path("paths");
		assertThat(statuses(paths.path("/clients").path("post")))
			.contains("201", "202", "413", "415", "409", "422", "503")
			.doesNotContain("200", "403", "404");
		assertThat(statuses(paths.path("/clients/{id}").path("get"))).contains("200", "404", "401", "503")
			.doesNotContain("201", "409", "413");
		assertThat(statuses(paths.path("/clients/{clientId}/relations/{id}").path("delete"))).contains("204")
			.doesNotContain("200");
		assertThat(statuses(paths.path("/clients/{id}/case-file").path("get"))).contains("200", "403", "406");
		assertThat(paths.path("/clients").path("post").path("responses").path("201").path("content"))
			.as("the body springdoc found, under the status answered")
			.isNotEmpty();
	}

	private static List<String> statuses(JsonNode operation) {
		List<String> statuses = new ArrayList<>();
		operation.path("responses").fieldNames().forEachRemaining(statuses::add);
		return statuses;
	}

	/**
	 * Spectral's OpenAPI rules (spectral:oas, .spectral.yaml) find no error and no
	 * warning in the document the service serves. Spectral comes from npm (package.json);
	 * CI installs it, elsewhere the test is skipped without it.
	 */
	@Test
	void spectralFindsNothingInTheServedDocument() throws Exception {
		Path spectral = Path.of("node_modules/.bin/spectral");
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(Files.isExecutable(spectral), "Spectral is not installed: run npm ci");
		}
		Path document = Path.of("target/openapi.json");
		Files.writeString(document, Api.at(port).get("/v3/api-docs").text());
		Process lint = new ProcessBuilder(spectral.toString(), "lint", document.toString(), "--ruleset",
				".spectral.yaml", "--fail-severity", "warn", "--format", "text")
			.redirectErrorStream(true)
			.start();
		String report = new String(lint.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(lint.waitFor()).as(report).isZero();
	}

}
