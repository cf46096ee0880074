package io.onboarding.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The part of Persona's inquiry API the orchestrator calls, with its bearer key. Bodies
 * use kebab-case keys ({@code Key-Inflection: kebab}); errors have Persona's shape
 * ({@code errors: [{title, details}]}).
 */
@RestController
class PersonaApi {

	private final SimulatorSettings settings;

	private final Applicants applicants;

	PersonaApi(SimulatorSettings settings, Applicants applicants) {
		this.settings = settings;
		this.applicants = applicants;
	}

	/** {@code POST /api/v1/inquiries}: an inquiry from a template, prefilled. */
	@PostMapping("/api/v1/inquiries")
	ResponseEntity<Map<String, Object>> create(@RequestHeader(name = "Authorization", required = false) String key,
			@RequestBody JsonNode body) {
		if (!authorized(key)) {
			return unauthorized();
		}
		JsonNode attributes = body.path("data").path("attributes");
		if (!attributes.hasNonNull("inquiry-template-id") && !attributes.hasNonNull("template-id")) {
			return error(HttpStatus.BAD_REQUEST, "Bad request", "inquiry-template-id is required");
		}
		JsonNode fields = attributes.path("fields");
		Applicant inquiry = applicants.add(new Applicant(Applicant.Provider.PERSONA, Applicants.personaId("inq_"),
				attributes.path("reference-id").asText(null), "individual", fields.path("name-first").asText(null),
				fields.path("name-last").asText(null), fields.path("birthdate").asText(null),
				fields.path("address-country-code").asText(null), fields.path("email-address").asText(null),
				"created"));
		inquiry.note("created by the orchestrator");
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("data", view(inquiry)));
	}

	/** {@code POST /api/v1/inquiries/{id}/generate-one-time-link}. */
	@PostMapping("/api/v1/inquiries/{id}/generate-one-time-link")
	ResponseEntity<Map<String, Object>> oneTimeLink(
			@RequestHeader(name = "Authorization", required = false) String key, @PathVariable String id) {
		if (!authorized(key)) {
			return unauthorized();
		}
		return inquiry(id).map(inquiry -> {
			if (List.of("failed", "declined", "approved", "completed").contains(inquiry.status())) {
				return error(HttpStatus.UNPROCESSABLE_ENTITY, "Unprocessable entity",
						"An inquiry that is " + inquiry.status() + " can't be resumed");
			}
			inquiry.note("one-time link issued");
			return ResponseEntity.ok(Map.<String, Object>of("data", view(inquiry), "meta",
					Map.of("one-time-link", settings.link("/persona/verify/" + inquiry.id()))));
		}).orElseGet(PersonaApi::notFound);
	}

	/** {@code POST /api/v1/inquiries/{id}/resume}: an expired inquiry goes on. */
	@PostMapping("/api/v1/inquiries/{id}/resume")
	ResponseEntity<Map<String, Object>> resume(@RequestHeader(name = "Authorization", required = false) String key,
			@PathVariable String id) {
		if (!authorized(key)) {
			return unauthorized();
		}
		return inquiry(id).map(inquiry -> {
			if ("expired".equals(inquiry.status())) {
				inquiry.status("pending");
				inquiry.note("resumed by the orchestrator");
			}
			return ResponseEntity.ok(Map.<String, Object>of("data", view(inquiry)));
		}).orElseGet(PersonaApi::notFound);
	}

	/** {@code GET /api/v1/inquiries/{id}}. */
	@GetMapping("/api/v1/inquiries/{id}")
	ResponseEntity<Map<String, Object>> retrieve(@RequestHeader(name = "Authorization", required = false) String key,
			@PathVariable String id) {
		if (!authorized(key)) {
			return unauthorized();
		}
		return inquiry(id).map(inquiry -> ResponseEntity.ok(Map.<String, Object>of("data", view(inquiry))))
			.orElseGet(PersonaApi::notFound);
	}

	static Map<String, Object> view(Applicant inquiry) {
		Map<String, Object> fields = new LinkedHashMap<>();
		field(fields, "name-first", inquiry.givenName());
		field(fields, "name-last", inquiry.familyName());
		field(fields, "birthdate", inquiry.birthDate());
		field(fields, "address-country-code", inquiry.country());
		field(fields, "email-address", inquiry.email());
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("status", inquiry.status());
		attributes.put("reference-id", inquiry.externalId());
		attributes.put("created-at", inquiry.createdAt().toString());
		attributes.put("tags", List.of());
		attributes.put("fields", fields);
		return Map.of("type", "inquiry", "id", inquiry.id(), "attributes", attributes);
	}

	/** Since API version 2023-01-05 a field is {@code {type, value}}. */
	private static void field(Map<String, Object> fields, String name, String value) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("type", "string");
		field.put("value", value);
		fields.put(name, field);
	}

	private java.util.Optional<Applicant> inquiry(String id) {
		return applicants.find(id).filter(found -> found.provider() == Applicant.Provider.PERSONA);
	}

	private boolean authorized(String header) {
		return Hmac.same("Bearer " + settings.persona().apiKey(), header);
	}

	private static ResponseEntity<Map<String, Object>> unauthorized() {
		return error(HttpStatus.UNAUTHORIZED, "Unauthorized", "Must be authenticated with a valid API key");
	}

	private static ResponseEntity<Map<String, Object>> notFound() {
		return error(HttpStatus.NOT_FOUND, "Record not found", "Could not find the inquiry");
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String title, String details) {
		return ResponseEntity.status(status).body(Map.of("errors", List.of(Map.of("title", title, "details", details))));
	}

}
