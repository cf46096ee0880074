package io.onboarding.orchestrator.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}):
 * both ways to present an API key, and the problem+json answers every operation may give.
 */
@Configuration
class OpenApiConfiguration {

	private static final String API_KEY = "apiKey";

	private static final String BEARER = "bearer";

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI onboardingOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Onboarding Orchestrator API")
				.version("1")
				.description("Clients, relations, KYC applications and webhooks of the Onboarding Orchestrator. "
						+ "Bodies use the envelope {workflow, data, connect, metadata}; errors are RFC 9457 "
						+ "problems whose errors[].field is the JSON path of the field.")
				.license(new License().name("Open source"))
				.contact(new Contact().name("Onboarding Orchestrator maintainers")))
			.components(new Components()
				.addSecuritySchemes(API_KEY,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("x-api-key"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("The same API key as a bearer token"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(API_KEY))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/**
	 * Every operation may answer with these problems. The schema is added here too:
	 * springdoc drops the components no operation referred to before the customizers ran,
	 * which left every problem's {@code $ref} pointing at nothing.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			addProblems(openApi);
		};
	}

	/**
	 * Each operation's id, tag, summary and description from
	 * {@code openapi/operations.yml}, and the tags with their descriptions: the
	 * document's words in one place, not spread over the controllers. An operation
	 * missing there keeps springdoc's defaults, which OpenApiIT and Spectral refuse.
	 */
	@Bean
	OpenApiCustomizer operationCatalogue() {
		Map<String, Object> catalogue = catalogue();
		return openApi -> {
			@SuppressWarnings("unchecked")
			List<Map<String, String>> tags = (List<Map<String, String>>) catalogue.get("tags");
			openApi.setTags(tags.stream()
				.map(tag -> new io.swagger.v3.oas.models.tags.Tag().name(tag.get("name"))
					.description(tag.get("description")))
				.toList());
			@SuppressWarnings("unchecked")
			Map<String, Map<String, String>> operations = (Map<String, Map<String, String>>) catalogue
				.get("operations");
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				Map<String, String> entry = operations.get(method.name() + " " + path);
				if (entry != null) {
					operation.operationId(entry.get("id"))
						.tags(List.of(entry.get("tag")))
						.summary(entry.get("summary"))
						.description(entry.get("description"));
				}
			}));
		};
	}

	private static Map<String, Object> catalogue() {
		try (InputStream in = OpenApiConfiguration.class.getResourceAsStream("/openapi/operations.yml")) {
			if (in == null) {
				throw new IllegalStateException("openapi/operations.yml is missing from the classpath");
			}
			return new Yaml().load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void addProblems(OpenAPI openApi) {
		openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			problem(operation.getResponses(), "400", "Malformed JSON or a field that breaks its rule");
			problem(operation.getResponses(), "401", "No API key, or a wrong one");
			problem(operation.getResponses(), "403", "The API key's role may not do this");
			problem(operation.getResponses(), "404", "Unknown id");
			problem(operation.getResponses(), "409", "A state conflict");
			problem(operation.getResponses(), "422", "Valid input that breaks a business rule");
		}));
	}

	private static void problem(ApiResponses responses, String status, String description) {
		responses.putIfAbsent(status,
				new ApiResponse().description(description)
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema error = new Schema<>().type("object")
			.addProperty("field", new Schema<>().type("string").example("data.client.identity.givenName"))
			.addProperty("message", new Schema<>().type("string").example("is required"));
		return new Schema<>().type("object")
			.description("RFC 9457 problem")
			.addProperty("type", new Schema<>().type("string").example("/problems/invalid-request"))
			.addProperty("title", new Schema<>().type("string"))
			.addProperty("status", new Schema<>().type("integer"))
			.addProperty("detail", new Schema<>().type("string"))
			.addProperty("instance", new Schema<>().type("string"))
			.addProperty("errors", new Schema<>().type("array").items(error));
	}

}
