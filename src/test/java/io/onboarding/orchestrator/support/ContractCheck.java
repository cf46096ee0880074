package io.onboarding.orchestrator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

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

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(ContractCheck::writeCount));
	}

	private ContractCheck() {
	}

	static void check(String baseUrl, String method, String pathAndQuery, int status, Map<String, List<String>> headers,
			String body) {
		String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
		if (!isApi(path)) {
			return;
		}
		OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(baseUrl, ContractCheck::validator);
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		headers.forEach((name, values) -> response.withHeader(name, values));
		if (body != null && !body.isEmpty()) {
			response.withBody(body);
		}
		ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
		checked.incrementAndGet();
		for (ValidationReport.Message message : report.getMessages()) {
			if (message.getLevel() == ValidationReport.Level.ERROR && !message.getKey().endsWith(".path.missing")
					&& !message.getKey().endsWith(".operation.notAllowed")) {
				record(method + " " + path + " " + status + ": " + message.getKey() + ": "
						+ message.getMessage().replace('\n', ' '));
			}
		}
	}

	private static boolean isApi(String path) {
		return !(path.startsWith("/engine-rest") || path.startsWith("/camunda") || path.startsWith("/actuator")
				|| path.startsWith("/v3/") || path.startsWith("/swagger") || path.equals("/")
				|| path.startsWith("/error"));
	}

	private static OpenApiInteractionValidator validator(String baseUrl) {
		try {
			HttpResponse<String> document = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString());
			return OpenApiInteractionValidator.createForInlineApiSpecification(document.body()).build();
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
