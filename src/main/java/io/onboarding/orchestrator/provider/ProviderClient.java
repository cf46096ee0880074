package io.onboarding.orchestrator.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
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
public class ProviderClient {

	/**
	 * Larger answers than this are not a client; they are refused before they fill the
	 * heap.
	 */
	static final int MAX_ANSWER_BYTES = 1024 * 1024;

	private final ProviderSettings settings;

	private final ObjectMapper objectMapper;

	private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

	ProviderClient(ProviderSettings settings, ObjectMapper objectMapper) {
		this.settings = settings;
		this.objectMapper = objectMapper;
	}

	/**
	 * The client the provider holds under {@code sourceId}, or empty when it has none
	 * (404 or 410).
	 * @throws ProviderUnavailableException when the provider can't answer now
	 * @throws InvalidAnswerException when it answered 200 with something that is not a
	 * client
	 */
	public Optional<SourceClient> fetchClient(String provider, String sourceId) {
		ProviderSettings.Provider config = settings.provider(provider);
		URI uri = resolve(config, "clients/" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8).replace("+", "%20"));
		HttpRequest request = request(config, uri).GET().build();
		Answer answer = send(provider, "GET /clients/{id}", config, request);
		if (answer.status() == 404 || answer.status() == 410) {
			return Optional.empty();
		}
		requireSuccess(provider, "GET /clients/{id}", answer);
		JsonNode client = clientOf(answer);
		return Optional.of(new SourceClient(client, text(client, "status"), text(client, "kycStatus")));
	}

	/**
	 * Creates the client at the provider and returns the provider's id of it. The
	 * idempotency key (our client id) lets a provider that honours it answer a retried
	 * call with the first result.
	 */
	public String createClient(String provider, Map<String, Object> envelope, String idempotencyKey) {
		ProviderSettings.Provider config = settings.provider(provider);
		HttpRequest request = request(config, resolve(config, "clients")).header("Content-Type", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(json(envelope)))
			.build();
		Answer answer = send(provider, "POST /clients", config, request);
		requireSuccess(provider, "POST /clients", answer);
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

	private HttpRequest.Builder request(ProviderSettings.Provider config, URI uri) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(config.readTimeout())
			.header("Accept", "application/json");
		if (config.apiKey() != null && !config.apiKey().isBlank()) {
			builder.header("x-api-key", config.apiKey());
		}
		return builder;
	}

	private Answer send(String provider, String call, ProviderSettings.Provider config, HttpRequest request) {
		HttpClient http = clients.computeIfAbsent(provider,
				name -> HttpClient.newBuilder()
					.connectTimeout(config.connectTimeout())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
				return new Answer(response.statusCode(), bytes);
			}
		}
		catch (HttpTimeoutException e) {
			throw new ProviderUnavailableException(
					provider + " did not answer " + call + " within " + config.readTimeout().toMillis() + " ms", e);
		}
		catch (IOException e) {
			throw new ProviderUnavailableException(
					provider + " could not be reached for " + call + " (" + e.getClass().getSimpleName() + ")", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ProviderUnavailableException(provider + " call " + call + " was interrupted", e);
		}
	}

	private static void requireSuccess(String provider, String call, Answer answer) {
		if (answer.status() / 100 == 3) {
			throw new ProviderUnavailableException(provider + " answered " + call + " with a redirect ("
					+ answer.status() + "), which is not followed");
		}
		if (answer.status() / 100 != 2) {
			throw new ProviderUnavailableException(provider + " answered " + call + " with HTTP " + answer.status());
		}
	}

	private JsonNode clientOf(Answer answer) {
		if (answer.body().length > MAX_ANSWER_BYTES) {
			throw new InvalidAnswerException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
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

	private static URI resolve(ProviderSettings.Provider config, String path) {
		String base = config.baseUrl().toString();
		return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || !value.isTextual() ? null : value.asText();
	}

	private record Answer(int status, byte[] body) {
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
