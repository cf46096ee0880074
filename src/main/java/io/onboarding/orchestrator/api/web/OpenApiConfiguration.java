package io.onboarding.orchestrator.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
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
		return openApi -> openApi.getComponents().addSchemas(PROBLEM, problemSchema());
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
			Map<String, Map<String, Object>> operations = (Map<String, Map<String, Object>>) catalogue
				.get("operations");
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				Map<String, Object> entry = operations.get(method.name() + " " + path);
				if (entry != null) {
					operation.operationId((String) entry.get("id"))
						.tags(List.of((String) entry.get("tag")))
						.summary((String) entry.get("summary"))
						.description((String) entry.get("description"));
				}
				operation.setResponses(responses(method, path, operation, entry == null ? Map.of() : entry));
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

	/**
	 * The statuses an operation really answers: its success statuses from the catalogue
	 * (with the body springdoc found for it), and the problems its shape implies. Every
	 * operation: 400 (a malformed parameter or body), 401 (no key, or a provider's bad
	 * signature), 503 (the database is away; Retry-After); one with a path id: 404; only
	 * for operators: 403; one that changes something: 409 (a state conflict) and 422 (a
	 * business rule); a POST, PUT or PATCH: 413 and 415 (whatever body it is sent); and
	 * the catalogue's own.
	 */
	@SuppressWarnings("unchecked")
	private static ApiResponses responses(PathItem.HttpMethod method, String path, Operation operation,
			Map<String, Object> entry) {
		ApiResponses found = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		ApiResponse success = found.entrySet()
			.stream()
			.filter(response -> response.getKey().startsWith("2"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(new ApiResponse());
		ApiResponses responses = new ApiResponses();
		for (Object status : (List<Object>) entry.getOrDefault("status", List.of(200))) {
			String code = status.toString();
			responses.addApiResponse(code, new ApiResponse().description(SUCCESS.getOrDefault(code, "Success"))
				.content("204".equals(code) ? null : success.getContent()));
		}
		problem(responses, "400", "Malformed JSON, or a parameter or field that breaks its rule");
		problem(responses, "401", "No API key, or a wrong one");
		if (Boolean.TRUE.equals(entry.get("operators"))) {
			problem(responses, "403", "Only an operator's key may do this");
		}
		if (path.contains("{")) {
			problem(responses, "404", "Unknown id");
		}
		if (method != PathItem.HttpMethod.GET) {
			problem(responses, "409", "A state conflict: the resource is not in a state that allows this");
			problem(responses, "422", "Valid input that breaks a business rule");
		}
		if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
				|| method == PathItem.HttpMethod.PATCH) {
			problem(responses, "413", "The body is larger than this operation takes");
			problem(responses, "415", "The body is not of a media type this operation takes");
		}
		for (Object status : (List<Object>) entry.getOrDefault("problems", List.of())) {
			problem(responses, status.toString(), PROBLEMS.getOrDefault(status.toString(), "A problem"));
		}
		problem(responses, "503", "The database is unavailable; retry after Retry-After seconds");
		return responses;
	}

	private static final Map<String, String> SUCCESS = Map.of("200", "OK", "201", "Created", "202",
			"Accepted: it goes on in the background", "204", "No Content");

	private static final Map<String, String> PROBLEMS = Map.of("406",
			"The Accept header asks for a representation this operation does not give");

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
