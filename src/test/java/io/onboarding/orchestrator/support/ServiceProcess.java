package io.onboarding.orchestrator.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The packaged service (target/onboarding-orchestrator-*.jar) in a process of its own, as
 * an operator runs it: for the quick start, for restarts after a crash, and for a cluster
 * of nodes.
 */
public final class ServiceProcess implements AutoCloseable {

	private final Process process;

	private final List<String> output;

	private final int port;

	private ServiceProcess(Process process, List<String> output, int port) {
		this.process = process;
		this.output = output;
		this.port = port;
	}

	/**
	 * Starts the jar in {@code workingDirectory} with only the given environment of ours.
	 */
	public static ServiceProcess start(Path workingDirectory, Map<String, String> environment) throws IOException {
		int port = freePort();
		Path jar;
		try (var jars = Files.list(Path.of("target").toAbsolutePath())) {
			jar = jars
				.filter(p -> p.getFileName().toString().matches("onboarding-orchestrator-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("package the service first"));
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:+UseSerialGC", "-jar", jar.toString(), "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true);
		// none of the settings of the machine's shell: only what the test gives
		builder.environment()
			.keySet()
			.removeIf(name -> name.startsWith("ONBOARDING_") || name.startsWith("DB_") || name.startsWith("SPRING_")
					|| name.startsWith("CAMUNDA_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		List<String> output = new CopyOnWriteArrayList<>();
		// also kept on disk, for LogsHoldNoPersonalData, which reads every log of the run
		// at the end
		Path log = Files.createDirectories(Path.of("target", "it-logs").toAbsolutePath())
			.resolve("node-" + port + "-" + System.nanoTime() + ".log");
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					java.io.Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.add(line);
					file.write(line);
					file.write('\n');
					file.flush();
				}
			}
			catch (IOException | java.io.UncheckedIOException ended) {
				// the process ended and took its output with it
			}
		});
		reader.setDaemon(true);
		reader.start();
		return new ServiceProcess(process, output, port);
	}

	/**
	 * Waits until the service logs that it started (or a line containing {@code marker}).
	 */
	public ServiceProcess awaitLine(String marker) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			if (output.stream().anyMatch(line -> line.contains(marker))) {
				return this;
			}
			if (!process.isAlive()) {
				throw new AssertionError("The service ended:\n" + console());
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The service never logged '" + marker + "':\n" + console());
	}

	public ServiceProcess awaitStarted() throws InterruptedException {
		return awaitLine("Started OnboardingOrchestrator");
	}

	public Api api() {
		return Api.at(port);
	}

	public int port() {
		return port;
	}

	public String console() {
		return String.join("\n", output);
	}

	/** SIGKILL: no shutdown hook, no graceful anything, as when a node dies. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
				java.util.concurrent.TimeUnit.MILLISECONDS)) {
			kill();
		}
	}

	/** A port nothing listens on now (PrismProxy's too). */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
