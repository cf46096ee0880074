package io.onboarding.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Sends each provider's webhooks to the orchestrator, written as their references show
 * them and signed as they sign them: Sumsub's {@code X-Payload-Digest} (hex HMAC-SHA256 of
 * the raw body, {@code X-Payload-Digest-Alg: HMAC_SHA256_HEX}), Persona's
 * {@code Persona-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}.
 */
@Component
class Webhooks {

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
		.withZone(ZoneOffset.UTC);

	private final SimulatorSettings settings;

	private final ObjectMapper objectMapper;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Webhooks(SimulatorSettings settings, ObjectMapper objectMapper) {
		this.settings = settings;
		this.objectMapper = objectMapper;
	}

	/**
	 * A Sumsub event about the applicant: {@code applicantPending},
	 * {@code applicantReviewed} (with its {@code reviewResult}), {@code applicantOnHold},
	 * {@code applicantReset}.
	 */
	String sumsub(Applicant applicant, String type, String reviewStatus, Map<String, Object> reviewResult) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("applicantId", applicant.id());
		event.put("inspectionId", applicant.id());
		event.put("correlationId", "req-" + Applicants.sumsubId());
		event.put("externalUserId", applicant.externalId());
		event.put("levelName", "basic-kyc-level");
		event.put("type", type);
		if (reviewResult != null) {
			event.put("reviewResult", reviewResult);
		}
		event.put("reviewStatus", reviewStatus);
		event.put("createdAtMs", MILLIS.format(Instant.now()));
		event.put("sandboxMode", true);
		byte[] body = json(event);
		applicant.status(reviewStatus);
		return send(applicant, type, "/providers/sumsub/callbacks", body,
				Map.of("X-Payload-Digest", Hmac.hex("HmacSHA256", settings.sumsub().webhookSecret(), body),
						"X-Payload-Digest-Alg", "HMAC_SHA256_HEX"));
	}

	/** A Persona inquiry event ({@code inquiry.approved}...) with the inquiry as its payload. */
	String persona(Applicant inquiry, String name, String status) {
		inquiry.status(status);
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("name", name);
		attributes.put("payload", Map.of("data", PersonaApi.view(inquiry)));
		attributes.put("created-at", Instant.now().toString());
		attributes.put("redacted-at", null);
		byte[] body = json(Map.of("data", Map.of("type", "event", "id", Applicants.personaId("evt_"), "attributes",
				attributes)));
		String t = Long.toString(Instant.now().getEpochSecond());
		byte[] signed = (t + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		return send(inquiry, name, "/providers/persona/callbacks", body,
				Map.of("Persona-Signature", "t=" + t + ",v1=" + Hmac.hex("HmacSHA256", settings.persona().webhookSecret(), signed)));
	}

	static Map<String, Object> reviewResult(String answer, String rejectType, List<String> labels) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("reviewAnswer", answer);
		if (rejectType != null) {
			result.put("moderationComment", "We could not verify your identity.");
			result.put("clientComment", "Simulated rejection.");
			result.put("rejectLabels", labels);
			result.put("reviewRejectType", rejectType);
		}
		return result;
	}

	private String send(Applicant applicant, String event, String path, byte[] body, Map<String, String> headers) {
		URI target = settings.orchestratorUrl().resolve(path);
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		String outcome;
		try {
			HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			outcome = answer.statusCode() + (answer.statusCode() / 100 == 2 ? "" : " " + abbreviate(answer.body()));
		}
		catch (java.io.IOException e) {
			outcome = "not delivered: " + e.getMessage();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			outcome = "interrupted";
		}
		applicant.note(event + " sent to " + target + ": " + outcome);
		return outcome;
	}

	private byte[] json(Object value) {
		try {
			return objectMapper.writeValueAsBytes(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String abbreviate(String text) {
		return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "...";
	}

}
