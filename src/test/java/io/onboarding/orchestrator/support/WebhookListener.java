package io.onboarding.orchestrator.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP listener for webhooks on loopback: records every request it receives and
 * answers as the test tells it to (a status, a delay, a Retry-After).
 */
public final class WebhookListener implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();

	private final AtomicReference<Function<Received, Answer>> answers = new AtomicReference<>(
			request -> Answer.status(204));

	private WebhookListener(HttpServer server) {
		this.server = server;
	}

	public static WebhookListener start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			WebhookListener listener = new WebhookListener(server);
			server.createContext("/", exchange -> {
				byte[] body;
				try (InputStream in = exchange.getRequestBody()) {
					body = in.readAllBytes();
				}
				Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
				exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
				Received request = new Received(exchange.getRequestURI().getPath(), headers,
						new String(body, StandardCharsets.UTF_8), Instant.now());
				listener.received.add(request);
				Answer answer = listener.answers.get().apply(request);
				if (answer.delay() != null) {
					sleep(answer.delay());
				}
				answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
				exchange.sendResponseHeaders(answer.status(), -1);
				exchange.close();
			});
			server.setExecutor(Executors.newFixedThreadPool(8));
			server.start();
			return listener;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/**
	 * Registers an endpoint at this listener's {@code path} for the events, as an
	 * integrator does. Returns it.
	 */
	public JsonNode subscribe(Api api, String path, List<String> events) {
		Api.Response created = api.post("/webhooks/endpoints", java.util.Map.of("url", url(path), "events", events));
		if (created.status() != 201) {
			throw new AssertionError("the endpoint was not registered: " + created);
		}
		return created.json();
	}

	public void answer(Function<Received, Answer> how) {
		answers.set(how);
	}

	public List<Received> received() {
		return new ArrayList<>(received);
	}

	public List<Received> received(String path) {
		return received.stream().filter(r -> r.path().equals(path)).toList();
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** One request as it arrived. */
	public record Received(String path, Map<String, List<String>> headers, String body, Instant at) {

		public String header(String name) {
			List<String> values = headers.get(name);
			return values == null ? null : values.get(0);
		}

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new AssertionError(e);
			}
		}
	}

	/** How the listener answers. */
	public record Answer(int status, Duration delay, Map<String, String> headers) {

		public static Answer status(int status) {
			return new Answer(status, null, Map.of());
		}

		public Answer after(Duration delay) {
			return new Answer(status, delay, headers);
		}

		public Answer withHeader(String name, String value) {
			Map<String, String> more = new java.util.HashMap<>(headers);
			more.put(name, value);
			return new Answer(status, delay, more);
		}
	}

}
