package io.onboarding.orchestrator.provider;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the configured service providers (SPEC 6): {@code GET {baseUrl}/clients/{id}} to
 * migrate a client from, {@code POST {baseUrl}/clients} to connect one to. Every call
 * carries the provider's {@code x-api-key}, is bounded by its connect and read timeouts,
 * and follows no redirect: a provider that answers with one is treated as unavailable, so
 * a moved or hijacked address can't send our key and our clients' data somewhere else.
 */
@Component
public class ProviderClient implements ClientSource {

	private final ProviderSettings settings;

	private final ObjectMapper objectMapper;

	private final Map<String, ProviderHttp> doors = new ConcurrentHashMap<>();

	ProviderClient(ProviderSettings settings, ObjectMapper objectMapper) {
		this.settings = settings;
		this.objectMapper = objectMapper;
	}

	@Override
	public boolean serves(String provider) {
		return settings.isConfigured(provider);
	}

	/**
	 * The client the provider holds under {@code sourceId}, or empty when it has none
	 * (404 or 410).
	 * @throws ProviderUnavailableException when the provider can't answer now
	 * @throws InvalidAnswerException when it answered 200 with something that is not a
	 * client
	 */
	@Override
	public Optional<SourceClient> fetchClient(String provider, String sourceId) {
		ProviderHttp http = door(provider);
		String call = "GET /clients/{id}";
		ProviderHttp.Answer answer = http.send(call,
				request(provider, http.request("clients/" + ProviderHttp.encode(sourceId))).GET().build());
		if (answer.status() == 404 || answer.status() == 410) {
			return Optional.empty();
		}
		answer.requireSuccess();
		JsonNode client = clientOf(answer);
		return Optional.of(new SourceClient(client, text(client, "status"), text(client, "kycStatus")));
	}

	/**
	 * Creates the client at the provider and returns the provider's id of it. The
	 * idempotency key (our client id) lets a provider that honours it answer a retried
	 * call with the first result.
	 */
	public String createClient(String provider, Map<String, Object> envelope, String idempotencyKey) {
		ProviderHttp http = door(provider);
		String call = "POST /clients";
		ProviderHttp.Answer answer = http
			.send(call,
					request(provider, http.request("clients")).header("Content-Type", "application/json")
						.header("Idempotency-Key", idempotencyKey)
						.POST(HttpRequest.BodyPublishers.ofByteArray(json(envelope)))
						.build())
			.requireSuccess();
		String id;
		try {
			id = text(clientOf(answer), "id");
		}
		catch (InvalidAnswerException e) {
			throw new ProviderUnavailableException(provider + " answered POST /clients without a client", e);
		}
		if (id == null || id.isBlank() || id.length() > 200) {
			throw new ProviderUnavailableException(provider + " answered POST /clients without data.client.id");
		}
		return id;
	}

	private ProviderHttp door(String provider) {
		ProviderSettings.Provider config = settings.provider(provider);
		return doors.computeIfAbsent(provider,
				name -> new ProviderHttp(name, config.baseUrl(), config.connectTimeout(), config.readTimeout()));
	}

	private HttpRequest.Builder request(String provider, HttpRequest.Builder builder) {
		String apiKey = settings.provider(provider).apiKey();
		if (apiKey != null && !apiKey.isBlank()) {
			builder.header("x-api-key", apiKey);
		}
		return builder;
	}

	private JsonNode clientOf(ProviderHttp.Answer answer) {
		if (answer.body().length > ProviderHttp.MAX_ANSWER_BYTES) {
			throw new InvalidAnswerException("the answer is larger than " + ProviderHttp.MAX_ANSWER_BYTES + " bytes");
		}
		JsonNode root;
		try {
			root = objectMapper.readTree(answer.body());
		}
		catch (IOException e) {
			throw new InvalidAnswerException("the answer is not JSON");
		}
		JsonNode client = root == null ? null : root.path("data").path("client");
		if (client == null || !client.isObject()) {
			throw new InvalidAnswerException("the answer has no data.client object");
		}
		return client;
	}

	private byte[] json(Map<String, Object> envelope) {
		try {
			return objectMapper.writeValueAsBytes(envelope);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A client could not be written as JSON", e);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || !value.isTextual() ? null : value.asText();
	}

	/**
	 * The provider answered, but not with a client: the source data is unusable as it is.
	 */
	public static class InvalidAnswerException extends RuntimeException {

		InvalidAnswerException(String message) {
			super(message);
		}

	}

}
