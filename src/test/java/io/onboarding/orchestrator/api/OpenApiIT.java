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
			if (!handler.getBeanType().getPackageName().startsWith("io.onboarding.orchestrator")
					|| handler.getBeanType().getSimpleName().equals("ApiDocument")) {
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

		assertThat(missing).as("mappings the document does not describe").isEmpty();

		List<String> unmapped = new ArrayList<>();
		paths.properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
			boolean mapped = mappings.getHandlerMethods()
				.keySet()
				.stream()
				.anyMatch(info -> info.getPatternValues().contains(path.getKey()) && info.getMethodsCondition()
					.getMethods()
					.stream()
					.anyMatch(m -> m.name().equalsIgnoreCase(method)));
			if (!mapped) {
				unmapped.add(method + " " + path.getKey());
			}
		}));
		assertThat(unmapped).as("operations of the document no controller answers").isEmpty();
		assertThat(paths.path("/clients").has("post")).isTrue();
		assertThat(document.json().path("components").path("securitySchemes").has("apiKey")).isTrue();
		assertThat(document.json().path("components").path("securitySchemes").has("bearer")).isTrue();
		assertThat(paths.path("/clients/{id}").path("get").path("responses").has("404")).isTrue();
	}

	@Test
	void everyReferenceResolves() {
		JsonNode document = Api.at(port).get("/v3/api-docs").json();
		List<String> references = document.findValuesAsText("$ref");
		assertThat(references).contains("#/components/schemas/Problem", "#/components/responses/NotFound",
				"#/components/parameters/IdempotencyKey");

		assertThat(references.stream().distinct().filter(reference -> {
			String[] parts = reference.split("/");
			return !reference.startsWith("#/components/") || parts.length != 4
					|| !document.path("components").path(parts[2]).has(parts[3]);
		})).isEmpty();
	}

	/**
	 * SPEC 2: every answer with a body has a schema, every request body too, and the tags
	 * are the SPEC's resources.
	 */
	@Test
	void everyBodyIsTypedAndEveryTagIsAResource() {
		JsonNode document = Api.at(port).get("/v3/api-docs").json();
		List<String> untyped = new ArrayList<>();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey() + " " + path.getKey();
			operation.getValue().path("responses").properties().forEach(response -> {
				JsonNode answer = response.getValue().has("$ref") ? document.path("components")
					.path("responses")
					.path(response.getValue().path("$ref").asText().substring("#/components/responses/".length()))
						: response.getValue();
				if (!"204".equals(response.getKey())) {
					answer.path("content").properties().forEach(media -> {
						if (!media.getKey().equals("application/pdf") && !media.getValue().path("schema").has("$ref")) {
							untyped.add(name + " " + response.getKey() + " " + media.getKey());
						}
					});
					if (answer.path("content").isEmpty()) {
						untyped.add(name + " " + response.getKey() + " has no body");
					}
				}
			});
			operation.getValue().path("requestBody").path("content").properties().forEach(media -> {
				if (media.getKey().equals("application/json") && !media.getValue().path("schema").has("$ref")) {
					untyped.add(name + " request");
				}
			});
		}));
		assertThat(untyped).isEmpty();
		assertThat(document.path("tags").findValuesAsText("name")).containsExactly("Clients", "Relations",
				"Applications", "Verification", "Screening", "Reviews", "Migrations", "Account", "Webhooks",
				"Case files");
		assertThat(document.path("components").path("schemas").path("Client").path("required").toString())
			.contains("id", "status", "clientNumber");
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
			Api.Response created = Api.at(port).asIntegrator().post("/clients", example);
			assertThat(created.status()).as(name + ": " + created.text()).isEqualTo(201);
		}
	}

	@Test
	void swaggerUiIsServed() {
		Api.Response ui = Api.at(port).get("/swagger-ui/index.html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.text()).contains("Swagger UI");
		assertThat(Api.at(port).get("/webjars/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
		assertThat(Api.at(port).get("/swagger-ui.html").status()).as("the README's address").isEqualTo(302);
		assertThat(Api.at(port).get("/favicon.ico").status()).as("asked by the browser, public").isEqualTo(404);
		assertThat(Api.at(port).get("/v3/api-docs").json().path("servers").path(0).path("url").asText())
			.as("Try it out calls this deployment")
			.isEqualTo("http://127.0.0.1:" + port);
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
		assertThat(undescribed).as("each described in openapi/openapi.yaml").isEmpty();
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
		assertThat(paths.path("/clients")
			.path("post")
			.path("responses")
			.path("201")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("$ref")
			.asText()).isEqualTo("#/components/schemas/CreateClientResponse");
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
