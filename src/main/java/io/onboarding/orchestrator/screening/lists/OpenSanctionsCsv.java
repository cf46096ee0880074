package io.onboarding.orchestrator.screening.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * OpenSanctions' simple CSV ({@code targets.simple.csv}), read as it streams in: a header
 * that names at least id, schema and name; multiple values separated by semicolons. The
 * format has no topics column, so they are read from what it has: an entry with
 * {@code sanctions} is a sanction; a {@code dataset} that names PEPs, crime or debarment
 * gives those; anything else takes the list's default topic (sanction unless the load
 * says otherwise). Only people and legal entities are kept (vessels, aircraft and
 * securities are no parties).
 */
final class OpenSanctionsCsv {

	static final List<String> REQUIRED = List.of("id", "schema", "name");

	private static final Set<String> PEOPLE = Set.of("person");

	private static final Set<String> COMPANIES = Set.of("company", "organization", "legalentity", "publicbody");

	private final Topic defaultTopic;

	OpenSanctionsCsv(Topic defaultTopic) {
		this.defaultTopic = defaultTopic;
	}

	void read(InputStream file, Consumer<ListEntry> entries) {
		// refuse bytes that are no UTF-8 rather than read them as something else
		BufferedReader reader = new BufferedReader(new InputStreamReader(file,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
		Set<String> seen = new java.util.HashSet<>();
		long[] lastRead = { 1 };
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.build()
			.parse(reader)) {
			List<String> missing = REQUIRED.stream()
				.filter(column -> !parser.getHeaderMap().containsKey(column))
				.toList();
			if (!missing.isEmpty()) {
				throw new ListFileException("line 1: the header lacks the column(s) " + String.join(", ", missing)
						+ " of OpenSanctions' simple CSV");
			}
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				lastRead[0] = line;
				if (!record.isConsistent()) {
					throw new ListFileException("line " + line + ": " + record.size() + " fields, the header has "
							+ parser.getHeaderMap().size());
				}
				String id = record.get("id").strip();
				String name = record.get("name").strip();
				if (id.isEmpty() || name.isEmpty()) {
					throw new ListFileException("line " + line + ": " + (id.isEmpty() ? "id" : "name") + " is empty");
				}
				if (!seen.add(id)) {
					throw new ListFileException("line " + line + ": the id " + id + " appears twice");
				}
				String schema = record.get("schema").strip().toLowerCase(Locale.ROOT);
				if (!PEOPLE.contains(schema) && !COMPANIES.contains(schema)) {
					continue;
				}
				List<String> names = new ArrayList<>();
				names.add(name);
				values(record, "aliases").stream().filter(alias -> !alias.equals(name)).forEach(names::add);
				entries.accept(new ListEntry(id, COMPANIES.contains(schema), names, values(record, "birth_date"),
						new LinkedHashSet<>(
								values(record, "countries").stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()),
						new LinkedHashSet<>(values(record, "identifiers")), topics(record), text(record, "sanctions")));
			}
		}
		catch (UncheckedIOException | IOException e) {
			throw unreadable(e, lastRead[0] + 1);
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			throw new ListFileException("the CSV can't be read: " + e.getMessage(), e);
		}
	}

	private Set<Topic> topics(CSVRecord record) {
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		if (!text(record, "sanctions").isEmpty()) {
			topics.add(Topic.SANCTION);
		}
		String dataset = text(record, "dataset").toLowerCase(Locale.ROOT);
		if (dataset.contains("pep") || dataset.contains("politically exposed")) {
			topics.add(Topic.PEP);
		}
		if (dataset.contains("debar")) {
			topics.add(Topic.DEBARMENT);
		}
		if (dataset.contains("crime") || dataset.contains("wanted")) {
			topics.add(Topic.CRIME);
		}
		if (topics.isEmpty()) {
			topics.add(defaultTopic);
		}
		return topics;
	}

	private static List<String> values(CSVRecord record, String column) {
		String text = text(record, column);
		return text.isEmpty() ? List.of()
				: Arrays.stream(text.split(";")).map(String::strip).filter(value -> !value.isEmpty()).toList();
	}

	private static String text(CSVRecord record, String column) {
		return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
	}

	private static ListFileException unreadable(Exception e, long line) {
		Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
		if (cause instanceof CharacterCodingException) {
			return new ListFileException("line " + line + ": the file is not UTF-8", e);
		}
		return new ListFileException("line " + line + ": the CSV can't be read (" + cause.getMessage() + ")", e);
	}

}
