package io.onboarding.orchestrator.screening.lists;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The UN Security Council consolidated list (XML), read as it streams in, with no DTD and
 * no external entities. An {@code INDIVIDUAL} is a person: FIRST_NAME to FOURTH_NAME make
 * its name, INDIVIDUAL_ALIAS and NAME_ORIGINAL_SCRIPT its aliases,
 * INDIVIDUAL_DATE_OF_BIRTH its dates (DATE or YEAR), NATIONALITY its countries,
 * INDIVIDUAL_DOCUMENT's NUMBER its identifiers. An {@code ENTITY} is a company:
 * FIRST_NAME is its name, ENTITY_ALIAS its aliases, ENTITY_ADDRESS's COUNTRY its
 * countries. DATAID is the entry's id, UN_LIST_TYPE and REFERENCE_NUMBER its programme;
 * every entry is a sanction.
 */
final class UnConsolidatedXml {

	private static final XMLInputFactory FACTORY = factory();

	void read(InputStream file, Consumer<ListEntry> entries) {
		XMLStreamReader xml = null;
		Set<String> seen = new HashSet<>();
		boolean root = false;
		try {
			xml = FACTORY.createXMLStreamReader(file);
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String element = xml.getLocalName();
				if (!root) {
					if (!"CONSOLIDATED_LIST".equals(element)) {
						throw new ListFileException("line " + xml.getLocation().getLineNumber()
								+ ": the root element is " + element + ", not the UN list's CONSOLIDATED_LIST");
					}
					root = true;
				}
				else if ("INDIVIDUAL".equals(element) || "ENTITY".equals(element)) {
					int line = xml.getLocation().getLineNumber();
					ListEntry entry = entry(xml, element);
					if (!seen.add(entry.id())) {
						throw new ListFileException(
								element + " at line " + line + ": DATAID " + entry.id() + " appears twice");
					}
					entries.accept(entry);
				}
			}
			if (!root) {
				throw new ListFileException("line 1: the file holds no CONSOLIDATED_LIST");
			}
		}
		catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			throw new ListFileException("line " + line + ": the XML can't be read (" + firstLine(e.getMessage()) + ")",
					e);
		}
		finally {
			close(xml);
		}
	}

	/** Reads one INDIVIDUAL or ENTITY to its end tag. */
	private static ListEntry entry(XMLStreamReader xml, String kind) throws XMLStreamException {
		int line = xml.getLocation().getLineNumber();
		boolean company = "ENTITY".equals(kind);
		String id = null;
		String[] nameParts = new String[4];
		List<String> aliases = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		Set<String> countries = new LinkedHashSet<>();
		Set<String> identifiers = new LinkedHashSet<>();
		String listType = "";
		String reference = "";
		String parent = null;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if (depth == 1) {
					parent = null;
				}
				continue;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			depth++;
			String element = xml.getLocalName();
			if (depth == 2) {
				parent = element;
				switch (element) {
					case "DATAID" -> id = text(xml);
					case "FIRST_NAME" -> nameParts[0] = text(xml);
					case "SECOND_NAME" -> nameParts[1] = text(xml);
					case "THIRD_NAME" -> nameParts[2] = text(xml);
					case "FOURTH_NAME" -> nameParts[3] = text(xml);
					case "UN_LIST_TYPE" -> listType = text(xml);
					case "REFERENCE_NUMBER" -> reference = text(xml);
					case "NAME_ORIGINAL_SCRIPT" -> aliases.add(text(xml));
					default -> {
						continue;
					}
				}
				// text() read up to the end tag
				depth--;
				parent = null;
				continue;
			}
			String value = switch (element) {
				case "ALIAS_NAME", "DATE", "YEAR", "VALUE", "COUNTRY", "NUMBER" -> text(xml);
				default -> null;
			};
			if (value == null) {
				continue;
			}
			depth--;
			if (value.isBlank()) {
				continue;
			}
			switch (parent == null ? "" : parent) {
				case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS" -> {
					if ("ALIAS_NAME".equals(element)) {
						aliases.add(value);
					}
				}
				case "INDIVIDUAL_DATE_OF_BIRTH" -> {
					if ("DATE".equals(element) || "YEAR".equals(element)) {
						dates.add(value);
					}
				}
				case "NATIONALITY" -> CountryNames.code(value).ifPresent(countries::add);
				case "ENTITY_ADDRESS", "INDIVIDUAL_ADDRESS" -> {
					if ("COUNTRY".equals(element)) {
						CountryNames.code(value).ifPresent(countries::add);
					}
				}
				case "INDIVIDUAL_DOCUMENT" -> {
					if ("NUMBER".equals(element)) {
						identifiers.add(value);
					}
				}
				default -> {
				}
			}
		}
		if (id == null || id.isBlank()) {
			throw new ListFileException(kind + " at line " + line + ": no DATAID");
		}
		String name = String.join(" ",
				java.util.Arrays.stream(nameParts)
					.filter(part -> part != null && !part.isBlank())
					.map(String::strip)
					.toList());
		if (name.isEmpty()) {
			throw new ListFileException(kind + " at line " + line + ": no FIRST_NAME");
		}
		List<String> names = new ArrayList<>();
		names.add(name);
		aliases.stream()
			.map(String::strip)
			.filter(alias -> !alias.isEmpty() && !alias.equals(name))
			.forEach(names::add);
		return new ListEntry(id.strip(), company, names, dates, countries, identifiers, EnumSet.of(Topic.SANCTION),
				(listType + " " + reference).strip());
	}

	private static String text(XMLStreamReader xml) throws XMLStreamException {
		return xml.getElementText().strip();
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "malformed";
		}
		String line = message.lines().reduce((first, second) -> second).orElse(message);
		return line.length() > 200 ? line.substring(0, 200) : line;
	}

	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			}
			catch (XMLStreamException ignored) {
				// the stream is the request's; nothing more to release
			}
		}
	}

}
