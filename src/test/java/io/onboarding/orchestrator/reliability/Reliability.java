package io.onboarding.orchestrator.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a reliability scenario's last run, printed and kept in
 * {@code target/reliability/<scenario>.txt}, for the README's "Reliability" section.
 */
final class Reliability {

	private Reliability() {
	}

	static void report(String scenario, Map<String, ?> figures) {
		String line = Instant.now() + " " + scenario + ": " + new TreeMap<>(figures);
		System.out.println("[reliability] " + line);
		try {
			Path directory = Files.createDirectories(Path.of("target", "reliability"));
			Files.writeString(directory.resolve(scenario + ".txt"), line + System.lineSeparator());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
