package io.onboarding.orchestrator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to the running service over real HTTP, as an integrator's backend would. */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> headers;

	/** Whether ContractCheck checks the requests the service accepts (not the fuzz's). */
	private final boolean requestsChecked;

	private Api(String baseUrl, Map<String, String> headers, boolean requestsChecked) {
		this.baseUrl = baseUrl;
		this.headers = headers;
		this.requestsChecked = requestsChecked;
	}

	public static Api at(int port) {
		return new Api("http://127.0.0.1:" + port, Map.of(), true);
	}

	public Api withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new Api(baseUrl, more, requestsChecked);
	}

	/**
	 * For requests no client should send: their answers are checked against the contract,
	 * the requests themselves not, even where the service tolerates them.
	 */
	public Api sendingAnything() {
		return new Api(baseUrl, headers, false);
	}

	public Api as(String apiKey) {
		return withHeader("x-api-key", apiKey);
	}

	public Api asIntegrator() {
		return as(TestKeys.INTEGRATOR);
	}

	public Api asOperator() {
		return as(TestKeys.OPERATOR);
	}

	public Response get(String path) {
		return exchange("GET", path, null, null, true);
	}

	public Response post(String path, Object body) {
		return exchange("POST", path, json(body), "application/json", true);
	}

	public Response patch(String path, Object body) {
		return exchange("PATCH", path, json(body), "application/json", true);
	}

	public Response delete(String path) {
		return exchange("DELETE", path, null, null, true);
	}

	/**
	 * Sends a raw body with the given content type, for malformed and oversized requests.
	 */
	public Response send(String method, String path, String body, String contentType) {
		return exchange(method, path, body, contentType, false);
	}

	/**
	 * {@code wellFormed}: a request a client would send, which may go through Prism
	 * (ContractCheck.via); the raw ones (malformed, oversized, fuzzed) go to the service.
	 */
	private Response exchange(String method, String path, String body, String contentType, boolean wellFormed) {
		String target = wellFormed && requestsChecked ? ContractCheck.via(baseUrl, path) : baseUrl;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, String> sent = new LinkedHashMap<>(headers);
			if (contentType != null) {
				sent.put("Content-Type", contentType);
			}
			ContractCheck.check(baseUrl, new ContractCheck.Sent(method, path, sent, body, requestsChecked),
					response.statusCode(), response.headers().map(), response.body());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String json(Object body) {
		if (body instanceof String || body instanceof Payload) {
			return body.toString();
		}
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An answer: status, headers and the body, read as JSON where it is JSON. */
	public record Response(int status, Map<String, java.util.List<String>> headers, String text) {

		public JsonNode json() {
			try {
				return JSON.readTree(text);
			}
			catch (IOException e) {
				throw new AssertionError("Not JSON (" + status + "): " + text, e);
			}
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/** The fields named by the problem's errors. */
		public java.util.List<String> errorFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
			return fields;
		}

		@Override
		public String toString() {
			return status + " " + text;
		}
	}

}
