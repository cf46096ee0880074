package io.onboarding.orchestrator.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The providers' webhooks, written as their references show them and signed here by the
 * documented algorithms (not by the service's code): Sumsub's {@code X-Payload-Digest} (a
 * hex HMAC of the raw body), Persona's {@code Persona-Signature: t=...,v1=...} (a hex
 * HMAC-SHA256 of {@code t.body}).
 */
public final class ProviderCallbacks {

	private static final DateTimeFormatter SUMSUB_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
		.withZone(ZoneOffset.UTC);

	private ProviderCallbacks() {
	}

	/** Sumsub's {@code applicantReviewed}, as in its docs' examples. */
	public static String sumsubReviewed(String applicantId, String externalUserId, String answer, String rejectType,
			List<String> labels, Instant at) {
		String result = "{\"reviewAnswer\": \"" + answer + "\""
				+ (rejectType == null ? ""
						: ", \"reviewRejectType\": \"" + rejectType + "\", \"rejectLabels\": ["
								+ labels.stream().map(label -> "\"" + label + "\"").collect(Collectors.joining(", "))
								+ "], \"moderationComment\": \"We could not verify you.\"");
		return "{\n  \"applicantId\" : \"" + applicantId + "\",\n  \"inspectionId\" : \"" + applicantId
				+ "\",\n  \"correlationId\" : \"req-" + applicantId + "\",\n  \"externalUserId\" : \"" + externalUserId
				+ "\",\n  \"levelName\" : \"basic-kyc-level\",\n  \"type\" : \"applicantReviewed\",\n  \"reviewResult\" : "
				+ result + "},\n  \"reviewStatus\" : \"completed\",\n  \"createdAtMs\" : \"" + SUMSUB_MILLIS.format(at)
				+ "\"\n}";
	}

	/** Any other Sumsub event: applicantPending, applicantOnHold, applicantReset... */
	public static String sumsubEvent(String type, String applicantId, String externalUserId, String reviewStatus,
			Instant at) {
		return "{\"applicantId\": \"" + applicantId + "\", \"inspectionId\": \"" + applicantId
				+ "\", \"correlationId\": \"req-" + applicantId + "\", \"externalUserId\": \"" + externalUserId
				+ "\", \"levelName\": \"basic-kyc-level\", \"type\": \"" + type + "\", \"reviewStatus\": \""
				+ reviewStatus + "\", \"createdAtMs\": \"" + SUMSUB_MILLIS.format(at) + "\", \"sandboxMode\": true}";
	}

	/** Sends a Sumsub webhook signed with HMAC_SHA256_HEX. */
	public static Api.Response toSumsub(int port, String body) {
		return toSumsub(port, body, "HMAC_SHA256_HEX", "HmacSHA256", VerificationStubs.SUMSUB_WEBHOOK_SECRET);
	}

	public static Api.Response toSumsub(int port, String body, String algorithmHeader, String algorithm,
			String secret) {
		return toSumsub(Api.at(port), body, algorithmHeader, algorithm, secret);
	}

	/** Sends a Sumsub webhook to the node {@code api} talks to. */
	public static Api.Response toSumsub(Api api, String body) {
		return toSumsub(api, body, "HMAC_SHA256_HEX", "HmacSHA256", VerificationStubs.SUMSUB_WEBHOOK_SECRET);
	}

	private static Api.Response toSumsub(Api api, String body, String algorithmHeader, String algorithm,
			String secret) {
		return api.withHeader("X-Payload-Digest", hex(algorithm, secret, body.getBytes(StandardCharsets.UTF_8)))
			.withHeader("X-Payload-Digest-Alg", algorithmHeader)
			.send("POST", "/providers/sumsub/callbacks", body, "application/json");
	}

	/** Persona's event, as in its docs' example: the inquiry in {@code payload.data}. */
	public static String personaEvent(String eventId, String name, String inquiryId, String referenceId, String status,
			Instant at) {
		return "{\"data\": {\"type\": \"event\", \"id\": \"" + eventId + "\", \"attributes\": {\"name\": \"" + name
				+ "\", \"payload\": {\"data\": {\"type\": \"inquiry\", \"id\": \"" + inquiryId
				+ "\", \"attributes\": {\"status\": \"" + status + "\", \"reference-id\": "
				+ (referenceId == null ? "null" : "\"" + referenceId + "\"") + ", \"reviewer-comment\": null, "
				+ "\"tags\": []}}}, \"created-at\": \"" + at + "\", \"context\": {}}}}";
	}

	/** Sends a Persona webhook signed now. */
	public static Api.Response toPersona(int port, String body) {
		return toPersona(port, body, signature(Instant.now(), VerificationStubs.PERSONA_WEBHOOK_SECRET, body));
	}

	public static Api.Response toPersona(int port, String body, String signatureHeader) {
		return Api.at(port)
			.withHeader("Persona-Signature", signatureHeader)
			.send("POST", "/providers/persona/callbacks", body, "application/json");
	}

	/** {@code t=<ts>,v1=<hex HMAC-SHA256 of "t.body">}. */
	public static String signature(Instant at, String secret, String body) {
		String t = Long.toString(at.getEpochSecond());
		return "t=" + t + ",v1=" + hex("HmacSHA256", secret, (t + "." + body).getBytes(StandardCharsets.UTF_8));
	}

	public static String hex(String algorithm, String secret, byte[] data) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
			return HexFormat.of().formatHex(mac.doFinal(data));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
