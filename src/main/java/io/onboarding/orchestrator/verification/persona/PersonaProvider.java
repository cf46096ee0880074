package io.onboarding.orchestrator.verification.persona;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.onboarding.orchestrator.api.InvalidRequestException;
import io.onboarding.orchestrator.api.UnauthenticatedException;
import io.onboarding.orchestrator.provider.ProviderHttp;
import io.onboarding.orchestrator.provider.SourceClient;
import io.onboarding.orchestrator.verification.Applicant;
import io.onboarding.orchestrator.verification.CallbackBodies;
import io.onboarding.orchestrator.verification.ProviderEvent;
import io.onboarding.orchestrator.verification.Registration;
import io.onboarding.orchestrator.verification.SourceEnvelope;
import io.onboarding.orchestrator.verification.VerificationProvider;
import io.onboarding.orchestrator.verification.VerificationSettings;

/**
 * Persona (docs.withpersona.com): an inquiry created from the template with our client's
 * id as {@code reference-id}, the end user sent to a one-time link, the verdict told by
 * webhook events. Calls carry the bearer key, the pinned {@code Persona-Version} and
 * {@code Key-Inflection: kebab} (so that answers and webhooks share one spelling; the
 * webhook must be set to kebab as well); webhooks carry {@code Persona-Signature:
 * t=...,v1=...}, an HMAC-SHA256 of {@code t.body}, one set per secret during a rotation.
 */
public class PersonaProvider implements VerificationProvider {

	public static final String NAME = "persona";

	/** The API version the adapter is written against, unless configured. */
	static final String DEFAULT_VERSION = "2023-01-05";

	/** Persona names no tolerance; five minutes is the common one, against replays. */
	static final Duration SIGNATURE_TOLERANCE = Duration.ofMinutes(5);

	private final VerificationSettings.Provider config;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	private final ProviderHttp http;

	public PersonaProvider(VerificationSettings.Provider config, ObjectMapper objectMapper, Clock clock) {
		if (config.baseUrl() == null || config.apiKey() == null || config.templateId() == null
				|| config.webhookSecret() == null) {
			throw new IllegalStateException(
					"onboarding.verification.providers.persona needs base-url, api-key, template-id and webhook-secret");
		}
		this.config = config;
		this.objectMapper = objectMapper;
		this.clock = clock;
		this.http = new ProviderHttp(NAME, config.baseUrl(), config.connectTimeout(), config.readTimeout());
	}

	@Override
	public String name() {
		return NAME;
	}

	/** {@code POST /api/v1/inquiries}, then a one-time link for it. */
	@Override
	public Registration register(Applicant applicant) {
		String inquiryId = createInquiry(applicant);
		return new Registration(inquiryId, oneTimeLink(inquiryId));
	}

	/**
	 * An inquiry that expired is resumed and gets a new one-time link; one that can't go
	 * on (failed or declined) gives way to a new inquiry.
	 */
	@Override
	public Registration renewLink(String inquiryId, Applicant applicant) {
		ProviderHttp.Answer resumed = http.send("POST /api/v1/inquiries/{id}/resume",
				request("/api/v1/inquiries/" + ProviderHttp.encode(inquiryId) + "/resume", "{}"));
		if (resumed.status() / 100 == 5) {
			resumed.requireSuccess();
		}
		ProviderHttp.Answer link = sendLinkRequest(inquiryId);
		if (link.status() / 100 == 4) {
			String fresh = createInquiry(applicant);
			return new Registration(fresh, oneTimeLink(fresh));
		}
		return new Registration(inquiryId, linkOf(link));
	}

	@Override
	public void authenticate(Map<String, String> headers, byte[] body) {
		String header = headers.get("persona-signature");
		if (header == null || header.isBlank()) {
			throw new UnauthenticatedException("A Persona callback needs a Persona-Signature header");
		}
		Instant now = clock.instant();
		boolean stale = false;
		// "t=...,v1=..." once, or once per secret during a rotation, separated by spaces
		for (String set : header.trim().split("\\s+")) {
			String t = null;
			List<String> signatures = new ArrayList<>();
			for (String pair : set.split(",")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					String key = pair.substring(0, equals).trim();
					String value = pair.substring(equals + 1).trim();
					if ("t".equals(key)) {
						t = value;
					}
					else if ("v1".equals(key)) {
						signatures.add(value);
					}
				}
			}
			if (t == null || !t.matches("\\d{1,12}")) {
				continue;
			}
			if (Duration.between(Instant.ofEpochSecond(Long.parseLong(t)), now)
				.abs()
				.compareTo(SIGNATURE_TOLERANCE) > 0) {
				stale = true;
				continue;
			}
			byte[] expected = HexFormat.of()
				.formatHex(CallbackBodies.hmac("HmacSHA256", config.webhookSecret(),
						(t + ".").getBytes(StandardCharsets.UTF_8), body))
				.getBytes(StandardCharsets.US_ASCII);
			for (String signature : signatures) {
				if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
					return;
				}
			}
		}
		throw new UnauthenticatedException(stale ? "The Persona-Signature is more than five minutes old"
				: "The Persona-Signature does not match the body");
	}

	@Override
	public ProviderEvent read(byte[] body) {
		JsonNode event = CallbackBodies.readObject(objectMapper, body).path("data");
		String eventId = event.path("id").asText(null);
		String name = event.path("attributes").path("name").asText(null);
		JsonNode inquiry = event.path("attributes").path("payload").path("data");
		if (eventId == null || name == null || !"event".equals(event.path("type").asText())) {
			throw new InvalidRequestException("body",
					"is not a Persona event: data.id and data.attributes.name are required");
		}
		JsonNode attributes = inquiry.path("attributes");
		List<String> labels = new ArrayList<>();
		attributes.path("tags").forEach(tag -> labels.add(tag.asText()));
		if (attributes.hasNonNull("reviewer-comment") && !attributes.get("reviewer-comment").asText().isBlank()) {
			labels.add(attributes.get("reviewer-comment").asText());
		}
		return new ProviderEvent(eventId, name, inquiry.path("id").asText(null),
				attributes.path("reference-id").asText(null), kind(name), labels,
				instant(event.path("attributes").path("created-at").asText(null)));
	}

	/**
	 * {@code GET /api/v1/inquiries/{id}}: the inquiry's fields as the end user gave them.
	 */
	@Override
	public Optional<SourceClient> fetchApplicant(String inquiryId) {
		ProviderHttp.Answer answer = http.send("GET /api/v1/inquiries/{id}",
				request("/api/v1/inquiries/" + ProviderHttp.encode(inquiryId), null));
		if (answer.status() == 404) {
			return Optional.empty();
		}
		JsonNode fields = answer.requireSuccess().json(objectMapper).path("data").path("attributes").path("fields");
		return Optional.of(SourceEnvelope
			.individual(field(fields, "name-first"), field(fields, "name-last"), field(fields, "birthdate"),
					field(fields, "address-country-code"))
			.contact(field(fields, "email-address"), field(fields, "phone-number"))
			.address(field(fields, "address-street-1"), field(fields, "address-city"),
					field(fields, "address-postal-code"), field(fields, "address-subdivision"),
					field(fields, "address-country-code"))
			.verified());
	}

	/**
	 * Persona's inquiry events. {@code completed} means every required check passed and
	 * is taken as the verdict when the template decides nothing after; {@code failed}
	 * lets the applicant try again with a new inquiry; an inquiry that expired is
	 * resumed.
	 */
	private static ProviderEvent.Kind kind(String name) {
		return switch (name) {
			case "inquiry.created" -> ProviderEvent.Kind.CREATED;
			case "inquiry.started" -> ProviderEvent.Kind.PENDING;
			case "inquiry.marked-for-review" -> ProviderEvent.Kind.NEEDS_REVIEW;
			case "inquiry.approved", "inquiry.completed" -> ProviderEvent.Kind.APPROVED;
			case "inquiry.declined" -> ProviderEvent.Kind.REJECTED_FINAL;
			case "inquiry.failed" -> ProviderEvent.Kind.REJECTED_RETRY;
			case "inquiry.expired" -> ProviderEvent.Kind.RESET;
			default -> ProviderEvent.Kind.OTHER;
		};
	}

	private String createInquiry(Applicant applicant) {
		ObjectNode body = objectMapper.createObjectNode();
		ObjectNode attributes = body.putObject("data").putObject("attributes");
		attributes.put(config.templateId().startsWith("tmpl_") ? "template-id" : "inquiry-template-id",
				config.templateId());
		attributes.put("reference-id", applicant.clientId().toString());
		ObjectNode fields = attributes.putObject("fields");
		ProviderHttp.putIfPresent(fields, "name-first", applicant.givenName());
		ProviderHttp.putIfPresent(fields, "name-last", applicant.familyName());
		ProviderHttp.putIfPresent(fields, "birthdate", applicant.birthDate());
		ProviderHttp.putIfPresent(fields, "email-address", applicant.email());
		ProviderHttp.putIfPresent(fields, "phone-number", applicant.phone());
		ProviderHttp.Answer answer = http.send("POST /api/v1/inquiries", request("/api/v1/inquiries", json(body)));
		return answer.requireText(answer.requireSuccess().json(objectMapper).path("data"), "id");
	}

	/**
	 * {@code POST /api/v1/inquiries/{id}/generate-one-time-link}:
	 * {@code meta.one-time-link}.
	 */
	private String oneTimeLink(String inquiryId) {
		return linkOf(sendLinkRequest(inquiryId).requireSuccess());
	}

	private ProviderHttp.Answer sendLinkRequest(String inquiryId) {
		return http.send("POST /api/v1/inquiries/{id}/generate-one-time-link",
				request("/api/v1/inquiries/" + ProviderHttp.encode(inquiryId) + "/generate-one-time-link", "{}"));
	}

	private String linkOf(ProviderHttp.Answer answer) {
		return answer.requireText(answer.requireSuccess().json(objectMapper).path("meta"), "one-time-link");
	}

	private HttpRequest request(String path, String body) {
		HttpRequest.Builder request = http.request(path)
			.header("Authorization", "Bearer " + config.apiKey())
			.header("Persona-Version", config.version() == null ? DEFAULT_VERSION : config.version())
			.header("Key-Inflection", "kebab");
		if (body == null) {
			return request.GET().build();
		}
		return request.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

	private String json(ObjectNode node) {
		try {
			return objectMapper.writeValueAsString(node);
		}
		catch (IOException e) {
			throw new IllegalStateException("A Persona request could not be written", e);
		}
	}

	private static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("body.data.attributes.created-at", "is not an ISO-8601 time");
		}
	}

	private static String field(JsonNode fields, String name) {
		return fields.path(name).path("value").asText(null);
	}

}
