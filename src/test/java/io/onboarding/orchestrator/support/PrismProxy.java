package io.onboarding.orchestrator.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Assumptions;

/**
 * Stoplight Prism ({@code prism proxy}, from npm: package.json) in front of the service,
 * on the checked-in contract, with {@code --errors}: a request or a response that breaks
 * the document is answered with Prism's problem instead of the service's answer, so the
 * caller fails. CI installs Prism (npm ci); elsewhere a test using it is skipped without
 * it.
 */
public final class PrismProxy implements AutoCloseable {

	private static final Path PRISM = Path.of("node_modules/.bin/prism");

	private static final Path DOCUMENT = Path.of("src/main/resources/openapi/openapi.yaml");

	private final Process process;

	private final int port;

	private final List<String> output = Collections.synchronizedList(new ArrayList<>());

	private PrismProxy(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts Prism proxying to the service at {@code upstreamPort}; waits until it
	 * listens.
	 */
	public static PrismProxy start(int upstreamPort) {
		return start(upstreamPort, true);
	}

	/**
	 * Starts Prism; {@code refusing}: with {@code --errors} (a violation is answered with
	 * Prism's error), otherwise everything is passed on and violations are named in the
	 * {@code sl-violations} header.
	 */
	public static PrismProxy start(int upstreamPort, boolean refusing) {
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(Files.isExecutable(PRISM), "Prism is not installed: run npm ci");
		}
		try {
			int port = ServiceProcess.freePort();
			List<String> command = new ArrayList<>(List.of(PRISM.toString(), "proxy", DOCUMENT.toString(),
					"http://127.0.0.1:" + upstreamPort, "--host", "127.0.0.1", "--port", Integer.toString(port)));
			if (refusing) {
				command.add("--errors");
			}
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			PrismProxy prism = new PrismProxy(process, port);
			prism.awaitListening();
			return prism;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** What Prism printed: each request, and each violation it found. */
	public List<String> output() {
		synchronized (output) {
			return List.copyOf(output);
		}
	}

	private void awaitListening() {
		CompletableFuture<Void> listening = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					output.add(line);
					if (line.contains("Prism is listening")) {
						listening.complete(null);
					}
				}
				listening.completeExceptionally(new IllegalStateException("Prism ended: " + output()));
			}
			catch (IOException e) {
				listening.completeExceptionally(e);
			}
		}, "prism-output");
		reader.setDaemon(true);
		reader.start();
		try {
			listening.get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			close();
			throw new IllegalStateException("Prism did not start in 60 s: " + output(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
		}
	}

	@Override
	public void close() {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
	}

}
