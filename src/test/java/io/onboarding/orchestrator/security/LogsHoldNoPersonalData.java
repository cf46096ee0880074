package io.onboarding.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onboarding.orchestrator.support.NodeDatabase;
import io.onboarding.orchestrator.support.TestKeys;

/**
 * Reads every log the integration tests produced (the shared service's, written to
 * {@code target/it-logs/service.log}, and every separately started node's) and finds no
 * personal data of the seeds and test payloads (names, emails, phone numbers) and no API
 * key or password. It runs in a Failsafe execution of its own, after all the others (see
 * pom.xml).
 */
class LogsHoldNoPersonalData {

	private static final Pattern TEST_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@example\\.(com|org)");

	private static final Set<String> PERSONAL_FIELDS = Set.of("givenName", "familyName", "middleName", "legalName",
			"tradingName", "fullName", "email", "phone", "mobile");

	private static final List<String> SEEDS = List.of("individual-direct", "individual-create-user",
			"individual-railsbank", "corporate-direct-with-relations", "corporate-railsbank-related-entities",
			"patch-individual", "patch-corporate", "migration");

	@Test
	void noLogLineHoldsPersonalDataOrASecret() throws IOException {
		List<Path> logs;
		try (Stream<Path> files = Files.list(Path.of("target", "it-logs"))) {
			logs = files.filter(file -> file.toString().endsWith(".log")).toList();
		}
		assertThat(logs).as("the integration tests' logs").isNotEmpty();
		Set<String> forbidden = forbiddenValues();
		List<String> findings = new ArrayList<>();
		for (Path log : logs) {
			try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
				lines.forEach(line -> {
					Matcher email = TEST_EMAIL.matcher(line);
					if (email.find()) {
						findings.add(log.getFileName() + ": email " + email.group());
					}
					for (String value : forbidden) {
						if (line.contains(value)) {
							findings.add(log.getFileName() + ": '" + value + "' in " + abbreviate(line));
						}
					}
				});
			}
		}
		assertThat(findings).as("personal data or secrets in the logs").isEmpty();
	}

	/**
	 * The seeds' names, emails and phone numbers, and every key and password the tests
	 * configure.
	 */
	private static Set<String> forbiddenValues() throws IOException {
		Set<String> values = new LinkedHashSet<>(List.of(TestKeys.INTEGRATOR, TestKeys.OPERATOR,
				TestKeys.SECOND_OPERATOR, TestKeys.HASHED, TestKeys.ADMIN_PASSWORD, NodeDatabase.INTEGRATOR_KEY,
				NodeDatabase.OPERATOR_KEY, NodeDatabase.ADMIN_PASSWORD));
		ObjectMapper json = new ObjectMapper();
		for (String seed : SEEDS) {
			try (InputStream in = LogsHoldNoPersonalData.class
				.getResourceAsStream("/openapi/examples/" + seed + ".json")) {
				collect(json.readTree(in), null, values);
			}
		}
		return values;
	}

	private static void collect(JsonNode node, String field, Set<String> values) {
		if (node.isObject()) {
			node.fields().forEachRemaining(entry -> collect(entry.getValue(), entry.getKey(), values));
		}
		else if (node.isArray()) {
			node.forEach(element -> collect(element, field, values));
		}
		else if (node.isTextual() && PERSONAL_FIELDS.contains(field) && node.asText().length() >= 4) {
			// short values ("Li") would match ordinary words
			values.add(node.asText());
		}
	}

	private static String abbreviate(String line) {
		return line.length() > 200 ? line.substring(0, 200) + "..." : line;
	}

}
