package io.onboarding.orchestrator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;

/**
 * Checks every response the integration tests receive from the API against the OpenAPI
 * document the service serves (Atlassian's swagger-request-validator): its status among
 * those documented for the operation, its media type and body as documented. A response
 * that breaks it is written to {@code target/it-logs/contract-violations.txt}, and
 * {@code ResponsesFollowTheContract}, run after every other integration test, fails on
 * any; the tests themselves go on, so one run lists every drift. Responses of paths the
 * document does not describe (the engine's REST API, the web apps, the actuator) and of
 * methods a path does not take are not the contract's.
 */
public final class ContractCheck {

	public static final Path VIOLATIONS = Path.of("target/it-logs/contract-violations.txt");

	public static final Path CHECKED = Path.of("target/it-logs/contract-checked.txt");

	private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

	private static final AtomicLong checked = new AtomicLong();

	private static final boolean PRISM = Boolean.getBoolean("contract.prism");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, PrismProxy> PROXIES = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(ContractCheck::writeCount));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> PROXIES.values().forEach(PrismProxy::close)));
	}

	private ContractCheck() {
	}

	/** A request as the test sent it: the path with its query, the headers, the body. */
	record Sent(String method, String pathAndQuery, Map<String, String> headers, String body, boolean checked) {

		String path() {
			return pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
		}

		Request request() {
			SimpleRequest.Builder request = new SimpleRequest.Builder(method, path());
			headers.forEach(request::withHeader);
			if (body != null && !body.isEmpty()) {
				request.withBody(body);
			}
			if (pathAndQuery.contains("?")) {
				for (String pair : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
					String[] nameValue = pair.split("=", 2);
					request.withQueryParam(decode(nameValue[0]), nameValue.length == 2 ? decode(nameValue[1]) : "");
				}
			}
			return request.build();
		}

		private static String decode(String value) {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Where to send a request: to the service, or with {@code -Dcontract.prism=true} to a
	 * Stoplight Prism proxy in front of it (one per service, started on first use), which
	 * passes everything on and names what breaks the document in its
	 * {@code sl-violations} header. That run is the second opinion of a tool integrators
	 * use; it is one command outside verify (docs/api.md).
	 */
	static String via(String baseUrl, String pathAndQuery) {
		// a provider's callback is signed over its bytes, which Prism does not pass on
		// as they are
		if (!PRISM || !isApi(pathAndQuery) || pathAndQuery.startsWith("/providers/")) {
			return baseUrl;
		}
		return PROXIES
			.computeIfAbsent(baseUrl,
					url -> PrismProxy.start(Integer.parseInt(url.substring(url.lastIndexOf(':') + 1)), false))
			.baseUrl();
	}

	/**
	 * Checks the response; and the request too when the service took it (a 2xx): a
	 * request the service accepts is one the document must allow, or a generated client
	 * could not send it.
	 */
	static void check(String baseUrl, Sent sent, int status, Map<String, List<String>> headers, String body) {
		String path = sent.path();
		if (!isApi(path)) {
			return;
		}
		if (PRISM) {
			prismViolations(sent, status, headers);
		}
		OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(baseUrl, ContractCheck::validator);
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		headers.forEach((name, values) -> response.withHeader(name, values));
		if (body != null && !body.isEmpty()) {
			response.withBody(body);
		}
		String exchange = sent.method() + " " + path + " " + status;
		report(exchange, validator.validateResponse(path, Request.Method.valueOf(sent.method()), response.build()));
		if (status / 100 == 2 && sent.checked() && readable(sent)) {
			report(exchange + " (request)", validator.validateRequest(sent.request()));
		}
		checked.incrementAndGet();
	}

	/**
	 * Whether the validator can read the request's body: a fuzzed charset it can't, and
	 * the service reads the body as UTF-8 whatever the charset says.
	 */
	private static boolean readable(Sent sent) {
		String contentType = sent.headers().getOrDefault("Content-Type", "");
		try {
			MediaType.parseMediaType(contentType.isEmpty() ? "*/*" : contentType).getCharset();
			return true;
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

	/**
	 * Prism's findings: on the response always, on the request when the service took it
	 * and the test meant it (not the fuzz's, nor the bad input the tests send on
	 * purpose).
	 */
	private static void prismViolations(Sent sent, int status, Map<String, List<String>> headers) {
		for (String violations : headers.getOrDefault("sl-violations", List.of())) {
			try {
				for (JsonNode violation : JSON.readTree(violations)) {
					boolean request = "request".equals(violation.path("location").path(0).asText());
					if (!"Error".equalsIgnoreCase(violation.path("severity").asText())
							|| request && !(status / 100 == 2 && sent.checked())
							// as for the validator: a body the operation does not read
							|| request && violation.path("message").asText().startsWith("No supported content types")) {
						continue;
					}
					record("prism: " + sent.method() + " " + sent.path() + " " + status + ": "
							+ violation.path("location") + " " + violation.path("message").asText());
				}
			}
			catch (IOException e) {
				record("prism: unreadable sl-violations " + violations);
			}
		}
	}

	private static void report(String exchange, ValidationReport report) {
		for (ValidationReport.Message message : report.getMessages()) {
			if (message.getLevel() == ValidationReport.Level.ERROR && !message.getKey().endsWith(".path.missing")
					&& !message.getKey().endsWith(".operation.notAllowed")
					// a body the operation does not read (a GET, a submit), which the
					// service ignores
					&& !message.getKey().equals("validation.request.body.unexpected")) {
				record(exchange + ": " + message.getKey() + ": " + message.getMessage().replace('\n', ' '));
			}
		}
	}

	private static boolean isApi(String path) {
		return !(path.startsWith("/engine-rest") || path.startsWith("/camunda") || path.startsWith("/actuator")
				|| path.startsWith("/v3/") || path.startsWith("/swagger") || path.equals("/")
				|| path.startsWith("/error"));
	}

	/**
	 * The validator on the served document with every object schema that lists its
	 * properties closed ({@code additionalProperties: false}), so that a field the code
	 * sends and the document does not describe fails too. Generated clients ignore
	 * unknown fields, so the served document leaves them open.
	 */
	private static OpenApiInteractionValidator validator(String baseUrl) {
		try {
			HttpResponse<String> served = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString());
			JsonNode document = JSON.readTree(served.body());
			for (JsonNode schema : document.findParents("properties")) {
				if (schema instanceof ObjectNode object && !object.has("additionalProperties")
						&& object.path("properties").isObject() && !object.path("properties").has("$ref")) {
					object.put("additionalProperties", false);
				}
			}
			return OpenApiInteractionValidator.createForInlineApiSpecification(JSON.writeValueAsString(document))
				.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static synchronized void record(String violation) {
		try {
			Files.createDirectories(VIOLATIONS.getParent());
			Files.writeString(VIOLATIONS, violation + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void writeCount() {
		if (checked.get() == 0) {
			return; // a JVM that only read the results (ResponsesFollowTheContract)
		}
		try {
			Files.createDirectories(CHECKED.getParent());
			Files.writeString(CHECKED, Long.toString(checked.get()), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			// the JVM is going; ResponsesFollowTheContract says nothing was checked
		}
	}

}
