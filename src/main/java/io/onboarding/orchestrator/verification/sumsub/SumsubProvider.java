package io.onboarding.orchestrator.verification.sumsub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
import io.onboarding.orchestrator.verification.Countries;
import io.onboarding.orchestrator.verification.ProviderEvent;
import io.onboarding.orchestrator.verification.Registration;
import io.onboarding.orchestrator.verification.SourceEnvelope;
import io.onboarding.orchestrator.verification.VerificationProvider;
import io.onboarding.orchestrator.verification.VerificationSettings;

/**
 * Sumsub (docs.sumsub.com): applicants registered with
 * {@code POST /resources/applicants}, the end user sent to a WebSDK link, the verdict
 * told by webhooks. Our calls are signed with the App Token scheme ({@code X-App-Token},
 * {@code X-App-Access-Ts}, {@code X-App-Access-Sig} = hex HMAC-SHA256 of ts + method +
 * path with query + body); its webhooks carry {@code X-Payload-Digest}, an HMAC of the
 * raw body in the algorithm {@code X-Payload-Digest-Alg} names.
 */
public class SumsubProvider implements VerificationProvider {

	public static final String NAME = "sumsub";

	/**
	 * Sumsub's webhook times: "2020-02-21 13:23:19.002" (createdAtMs) and "2024-09-23
	 * 23:10:24+0000".
	 */
	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssZ");

	private static final Map<String, String> DIGESTS = Map.of("HMAC_SHA1_HEX", "HmacSHA1", "HMAC_SHA256_HEX",
			"HmacSHA256", "HMAC_SHA512_HEX", "HmacSHA512");

	private final VerificationSettings.Provider config;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	private final Duration linkLifetime;

	private final ProviderHttp http;

	public SumsubProvider(VerificationSettings.Provider config, Duration linkLifetime, ObjectMapper objectMapper,
			Clock clock) {
		require(config.baseUrl() != null && config.appToken() != null && config.secretKey() != null
				&& config.levelName() != null && config.webhookSecret() != null,
				"base-url, app-token, secret-key, level-name and webhook-secret");
		this.config = config;
		this.linkLifetime = linkLifetime;
		this.objectMapper = objectMapper;
		this.clock = clock;
		this.http = new ProviderHttp(NAME, config.baseUrl(), config.connectTimeout(), config.readTimeout());
	}

	@Override
	public String name() {
		return NAME;
	}

	/**
	 * {@code POST /resources/applicants?levelName=...}; an applicant already registered
	 * under our client id (409, a retried call) is looked up instead.
	 */
	@Override
	public Registration register(Applicant applicant) {
		String path = "/resources/applicants?levelName=" + ProviderHttp.encode(config.levelName());
		ProviderHttp.Answer answer = http.send("POST /resources/applicants", signed("POST", path, body(applicant)));
		String applicantId;
		if (answer.status() == 409) {
			applicantId = existing(applicant.clientId().toString());
		}
		else {
			applicantId = answer.requireText(answer.requireSuccess().json(objectMapper), "id");
		}
		return new Registration(applicantId, link(applicant.clientId().toString()));
	}

	/** A new WebSDK link for the same applicant: Sumsub keeps its review history. */
	@Override
	public Registration renewLink(String applicantId, Applicant applicant) {
		return new Registration(applicantId, link(applicant.clientId().toString()));
	}

	@Override
	public void authenticate(Map<String, String> headers, byte[] body) {
		String digest = headers.get("x-payload-digest");
		String algorithm = DIGESTS.get(headers.getOrDefault("x-payload-digest-alg", "HMAC_SHA256_HEX"));
		if (digest == null || algorithm == null) {
			throw new UnauthenticatedException(
					"A Sumsub callback needs X-Payload-Digest and a known X-Payload-Digest-Alg");
		}
		byte[] expected = HexFormat.of()
			.formatHex(CallbackBodies.hmac(algorithm, config.webhookSecret(), body))
			.getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, digest.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			throw new UnauthenticatedException("The X-Payload-Digest does not match the body");
		}
	}

	/**
	 * Sumsub sends no event id; the applicant, the type and the event's time name it (as
	 * Sumsub's own sample deduplicates), with the answer of a review.
	 */
	@Override
	public ProviderEvent read(byte[] body) {
		JsonNode event = CallbackBodies.readObject(objectMapper, body);
		String type = event.path("type").asText(null);
		String applicantId = event.path("applicantId").asText(null);
		if (type == null || applicantId == null) {
			throw new InvalidRequestException("body", "is not a Sumsub webhook: type and applicantId are required");
		}
		JsonNode review = event.path("reviewResult");
		String answer = review.path("reviewAnswer").asText("");
		String when = event.path("createdAtMs").asText(event.path("createdAt").asText(""));
		String eventId = when.isEmpty() ? HexFormat.of().formatHex(sha256(body))
				: applicantId + ":" + type + ":" + when + ":" + answer;
		List<String> labels = new ArrayList<>();
		review.path("rejectLabels").forEach(label -> labels.add(label.asText()));
		return new ProviderEvent(eventId, type, applicantId, event.path("externalUserId").asText(null),
				kind(type, answer, review.path("reviewRejectType").asText("")), labels, occurredAt(event));
	}

	/** {@code GET /resources/applicants/{id}/one}: what Sumsub holds of the applicant. */
	@Override
	public Optional<SourceClient> fetchApplicant(String applicantId) {
		String path = "/resources/applicants/" + ProviderHttp.encode(applicantId) + "/one";
		ProviderHttp.Answer answer = http.send("GET /resources/applicants/{id}/one", signed("GET", path, null));
		if (answer.status() == 404) {
			return Optional.empty();
		}
		JsonNode applicant = answer.requireSuccess().json(objectMapper);
		JsonNode info = applicant.path("info").isObject() ? applicant.path("info") : applicant.path("fixedInfo");
		SourceEnvelope envelope;
		if ("company".equals(applicant.path("type").asText())) {
			JsonNode company = info.path("companyInfo");
			envelope = SourceEnvelope.company(company.path("companyName").asText(null),
					company.path("country").asText(null));
		}
		else {
			envelope = SourceEnvelope.individual(info.path("firstName").asText(null),
					info.path("lastName").asText(null), info.path("dob").asText(null),
					info.path("nationality").asText(info.path("country").asText(null)));
		}
		JsonNode address = info.path("addresses").path(0);
		envelope.contact(applicant.path("email").asText(null), applicant.path("phone").asText(null))
			.address(address.path("street").asText(null), address.path("town").asText(null),
					address.path("postCode").asText(null), address.path("state").asText(null),
					address.path("country").asText(null));
		return Optional.of(envelope.verified());
	}

	private static ProviderEvent.Kind kind(String type, String answer, String rejectType) {
		return switch (type) {
			case "applicantCreated" -> ProviderEvent.Kind.CREATED;
			case "applicantPending" -> ProviderEvent.Kind.PENDING;
			case "applicantOnHold" -> ProviderEvent.Kind.NEEDS_REVIEW;
			case "applicantReset" -> ProviderEvent.Kind.RESET;
			case "applicantReviewed" -> switch (answer) {
				case "GREEN" -> ProviderEvent.Kind.APPROVED;
				// RED without a reject type is taken as final: no retry is offered
				// unasked
				case "RED" ->
					"RETRY".equals(rejectType) ? ProviderEvent.Kind.REJECTED_RETRY : ProviderEvent.Kind.REJECTED_FINAL;
				default -> ProviderEvent.Kind.OTHER;
			};
			default -> ProviderEvent.Kind.OTHER;
		};
	}

	private static Instant occurredAt(JsonNode event) {
		try {
			if (event.hasNonNull("createdAtMs")) {
				return LocalDateTime.parse(event.get("createdAtMs").asText(), MILLIS).toInstant(ZoneOffset.UTC);
			}
			if (event.hasNonNull("createdAt")) {
				return OffsetDateTime.parse(event.get("createdAt").asText(), SECONDS).toInstant();
			}
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("body.createdAtMs",
					"is not a Sumsub time such as 2024-09-23 23:10:24.704");
		}
		return null;
	}

	/**
	 * The applicant for Sumsub: our client id as its external user id, and what its form
	 * is prefilled with and checks the documents against (its countries are alpha-3). A
	 * company's name and country go under {@code fixedInfo.companyInfo}: assumed from the
	 * applicant-data reference, which shows {@code info.companyInfo}.
	 */
	private byte[] body(Applicant applicant) {
		ObjectNode body = objectMapper.createObjectNode();
		body.put("externalUserId", applicant.clientId().toString());
		body.put("type", applicant.company() ? "company" : "individual");
		ProviderHttp.putIfPresent(body, "email", applicant.email());
		ProviderHttp.putIfPresent(body, "phone", applicant.phone());
		ObjectNode fixedInfo = body.putObject("fixedInfo");
		if (applicant.company()) {
			ObjectNode company = fixedInfo.putObject("companyInfo");
			ProviderHttp.putIfPresent(company, "companyName", applicant.legalName());
			ProviderHttp.putIfPresent(company, "country", Countries.alpha3(applicant.country()));
		}
		else {
			ProviderHttp.putIfPresent(fixedInfo, "firstName", applicant.givenName());
			ProviderHttp.putIfPresent(fixedInfo, "lastName", applicant.familyName());
			ProviderHttp.putIfPresent(fixedInfo, "dob", applicant.birthDate());
			ProviderHttp.putIfPresent(fixedInfo, "country", Countries.alpha3(applicant.country()));
		}
		return json(body);
	}

	/**
	 * {@code GET /resources/applicants/-;externalUserId={id}/one}: the applicant
	 * registered already.
	 */
	private String existing(String externalUserId) {
		String path = "/resources/applicants/-;externalUserId=" + ProviderHttp.encode(externalUserId) + "/one";
		ProviderHttp.Answer answer = http.send("GET /resources/applicants/-;externalUserId={id}/one",
				signed("GET", path, null));
		return answer.requireText(answer.requireSuccess().json(objectMapper), "id");
	}

	/**
	 * {@code POST /resources/sdkIntegrations/levels/-/websdkLink}: the end user's link.
	 */
	private String link(String externalUserId) {
		ObjectNode body = objectMapper.createObjectNode();
		body.put("levelName", config.levelName());
		body.put("userId", externalUserId);
		body.put("ttlInSecs", linkLifetime.toSeconds());
		ProviderHttp.Answer answer = http.send("POST /resources/sdkIntegrations/levels/-/websdkLink",
				signed("POST", "/resources/sdkIntegrations/levels/-/websdkLink", json(body)));
		return answer.requireText(answer.requireSuccess().json(objectMapper), "url");
	}

	/**
	 * The App Token scheme: the signature covers exactly the bytes sent, and the path as
	 * sent (a base URL with a path of its own, behind a gateway, is part of it).
	 */
	private HttpRequest signed(String method, String pathWithQuery, byte[] body) {
		long ts = clock.instant().getEpochSecond();
		HttpRequest.Builder request = http.request(pathWithQuery);
		URI uri = request.copy().GET().build().uri();
		String signedPath = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		request.header("X-App-Token", config.appToken())
			.header("X-App-Access-Ts", Long.toString(ts))
			.header("X-App-Access-Sig", signature(config.secretKey(), ts, method, signedPath, body));
		if (body == null) {
			return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
		}
		return request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	static String signature(String secretKey, long ts, String method, String pathWithQuery, byte[] body) {
		byte[] head = (ts + method.toUpperCase(Locale.ROOT) + pathWithQuery).getBytes(StandardCharsets.UTF_8);
		byte[][] signed = body == null ? new byte[][] { head } : new byte[][] { head, body };
		return HexFormat.of().formatHex(CallbackBodies.hmac("HmacSHA256", secretKey, signed));
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] json(ObjectNode node) {
		try {
			return objectMapper.writeValueAsBytes(node);
		}
		catch (IOException e) {
			throw new IllegalStateException("A Sumsub request could not be written", e);
		}
	}

	private static void require(boolean present, String what) {
		if (!present) {
			throw new IllegalStateException("onboarding.verification.providers.sumsub needs " + what);
		}
	}

}
