package io.onboarding.orchestrator.screening.lists;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.http.MediaType;

/**
 * The list formats read (SPEC 5.5), told apart by the Content-Type of the upload or the
 * extension of a configured file.
 */
public enum ListFormat {

	/**
	 * OpenSanctions' {@code targets.simple.csv}: id, schema, name, aliases, birth_date,
	 * countries, addresses, identifiers, sanctions, phones, emails, dataset, first_seen,
	 * last_seen, last_change.
	 */
	OPENSANCTIONS_CSV,

	/** The UN Security Council consolidated list, XML. */
	UN_XML;

	/**
	 * Reads every entry of the file, in order; the default topic where the file names
	 * none.
	 */
	public void read(InputStream file, Topic defaultTopic, Consumer<ListEntry> entries) {
		switch (this) {
			case OPENSANCTIONS_CSV -> new OpenSanctionsCsv(defaultTopic).read(file, entries);
			case UN_XML -> new UnConsolidatedXml().read(file, entries);
		}
	}

	public String value() {
		return this == OPENSANCTIONS_CSV ? "opensanctions_csv" : "un_xml";
	}

	public static Optional<ListFormat> of(MediaType contentType) {
		if (contentType == null) {
			return Optional.empty();
		}
		if (contentType.isCompatibleWith(MediaType.parseMediaType("text/csv"))) {
			return Optional.of(OPENSANCTIONS_CSV);
		}
		if (Set.of("application/xml", "text/xml").contains(contentType.getType() + "/" + contentType.getSubtype())) {
			return Optional.of(UN_XML);
		}
		return Optional.empty();
	}

	public static Optional<ListFormat> ofFileName(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(".csv")) {
			return Optional.of(OPENSANCTIONS_CSV);
		}
		if (lower.endsWith(".xml")) {
			return Optional.of(UN_XML);
		}
		return Optional.empty();
	}

}
