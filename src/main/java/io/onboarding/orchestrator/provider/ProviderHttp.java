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
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One external system's HTTP door, as every provider adapter calls it: bounded by its
 * connect and read timeouts, no redirect followed (a moved or hijacked address can't send
 * our credentials and our clients' data elsewhere), answers larger than 1 MiB refused. A
 * call that may succeed later fails with {@link ProviderUnavailableException}, naming the
 * provider, the call and the status, never a person's data.
 */
public final class ProviderHttp {

	/**
	 * Larger answers than this are no answer of ours; refused before they fill the heap.
	 */
	public static final int MAX_ANSWER_BYTES = 1024 * 1024;

	private final String provider;

	private final URI baseUrl;

	private final Duration readTimeout;

	private final HttpClient http;

	public ProviderHttp(String provider, URI baseUrl, Duration connectTimeout, Duration readTimeout) {
		this.provider = provider;
		this.baseUrl = baseUrl;
		this.readTimeout = readTimeout;
		this.http = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A value for a path segment or query parameter: spaces as %20, as providers expect.
	 */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Sets {@code field} to {@code value} unless the value is missing or blank. */
	public static void putIfPresent(ObjectNode node, String field, String value) {
		if (value != null && !value.isBlank()) {
			node.put(field, value);
		}
	}

	/** A request to {@code path} (with its query) under the base URL, its timeout set. */
	public HttpRequest.Builder request(String path) {
		String base = baseUrl.toString();
		String relative = path.startsWith("/") ? path.substring(1) : path;
		return HttpRequest.newBuilder(URI.create(base.endsWith("/") ? base + relative : base + "/" + relative))
			.timeout(readTimeout)
			.header("Accept", "application/json");
	}

	/** Sends the request; any status comes back, a failure to talk is unavailability. */
	public Answer send(String call, HttpRequest request) {
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				return new Answer(provider, call, response.statusCode(), body.readNBytes(MAX_ANSWER_BYTES + 1));
			}
		}
		catch (HttpTimeoutException e) {
			throw new ProviderUnavailableException(
					provider + " did not answer " + call + " within " + readTimeout.toMillis() + " ms", e);
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

	/** What a provider answered to one call. */
	public record Answer(String provider, String call, int status, byte[] body) {

		/** A 2xx, or the call fails as unavailable (a redirect is not followed). */
		public Answer requireSuccess() {
			if (status / 100 == 3) {
				throw new ProviderUnavailableException(
						provider + " answered " + call + " with a redirect (" + status + "), which is not followed");
			}
			if (status / 100 != 2) {
				throw new ProviderUnavailableException(provider + " answered " + call + " with HTTP " + status);
			}
			return this;
		}

		/**
		 * The answer as JSON; anything else (or too large) is an answer that can't be
		 * used.
		 */
		public JsonNode json(ObjectMapper objectMapper) {
			if (body.length > MAX_ANSWER_BYTES) {
				throw new ProviderUnavailableException(
						provider + " answered " + call + " with more than " + MAX_ANSWER_BYTES + " bytes");
			}
			try {
				JsonNode root = objectMapper.readTree(body);
				if (root == null || !root.isObject()) {
					throw new ProviderUnavailableException(provider + " answered " + call + " with no JSON object");
				}
				return root;
			}
			catch (IOException e) {
				throw new ProviderUnavailableException(provider + " answered " + call + " with something not JSON", e);
			}
		}

		/**
		 * The text of {@code node}'s {@code field} in this answer; a missing, blank or
		 * overlong one is an answer that can't be used.
		 */
		public String requireText(JsonNode node, String field) {
			String value = node.path(field).asText(null);
			if (value == null || value.isBlank() || value.length() > 2000) {
				throw new ProviderUnavailableException(provider + " answered " + call + " without " + field);
			}
			return value;
		}

		/** The body's bytes are the provider's; they stay out of log lines. */
		@Override
		public String toString() {
			return "Answer[" + provider + " " + call + " " + status + "]";
		}

	}

}
