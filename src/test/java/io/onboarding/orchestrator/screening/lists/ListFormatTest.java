package io.onboarding.orchestrator.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Both list formats read from the synthetic sample lists, and files that can't be read
 * refused with the line or element where they went wrong.
 */
class ListFormatTest {

	private static final String HEADER = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,"
			+ "phones,emails,dataset,first_seen,last_seen,last_change\n";

	@Test
	void theOpenSanctionsSampleIsReadWithItsTopics() {
		List<ListEntry> entries = read(ListFormat.OPENSANCTIONS_CSV, resource("/screening/sample-sanctions.csv"));

		assertThat(entries).extracting(ListEntry::id).doesNotContain("vessel-1").contains("sample-1", "pep-1");
		ListEntry viktor = entries.stream().filter(e -> e.id().equals("sample-1")).findFirst().orElseThrow();
		assertThat(viktor.names()).containsExactly("Viktor Sanctionov", "Viktor Sanktionov", "V. Sanctionov",
				"Виктор Санкционов");
		assertThat(viktor.dates()).containsExactly("1961-04-12");
		assertThat(viktor.countries()).containsExactly("ru");
		assertThat(viktor.identifiers()).containsExactly("RU1234567");
		assertThat(viktor.topics()).containsExactly(Topic.SANCTION);
		assertThat(entries.stream().filter(e -> e.id().equals("pep-1")).findFirst().orElseThrow().topics())
			.containsExactly(Topic.PEP);
		assertThat(entries.stream().filter(e -> e.id().equals("sample-4")).findFirst().orElseThrow().company())
			.isTrue();
	}

	@Test
	void theUnSampleIsReadWithItsCountriesDatesAndOriginalScript() {
		List<ListEntry> entries = read(ListFormat.UN_XML, resource("/screening/sample-un.xml"));

		assertThat(entries).extracting(ListEntry::id).containsExactly("900001", "900002", "900101");
		ListEntry karel = entries.get(0);
		assertThat(karel.names()).containsExactly("KAREL EMBARGOVIC", "Карел Эмбаргович", "Karel Embargovich");
		assertThat(karel.countries()).containsExactly("ru");
		assertThat(karel.dates()).containsExactly("1966-03-05");
		assertThat(karel.identifiers()).containsExactly("P-900001");
		assertThat(karel.programs()).isEqualTo("SAMPLE SMi.001");
		assertThat(entries.get(1).countries()).as("Iran (Islamic Republic of)").containsExactly("ir");
		assertThat(entries.get(1).dates()).containsExactly("1972");
		assertThat(entries.get(2).company()).isTrue();
		assertThat(entries.get(2).countries()).containsExactly("kp");
		assertThat(entries).allSatisfy(entry -> assertThat(entry.topics()).containsExactly(Topic.SANCTION));
	}

	@Test
	void aCsvWithoutTheColumnsOfTheFormatIsRefusedAtLineOne() {
		assertThatThrownBy(() -> read(ListFormat.OPENSANCTIONS_CSV, bytes("id,full_name\n1,Somebody\n")))
			.isInstanceOf(ListFileException.class)
			.hasMessage("line 1: the header lacks the column(s) schema, name of OpenSanctions' simple CSV");
	}

	@Test
	void aCsvRowThatIsWrongIsRefusedAtItsLine() {
		assertThatThrownBy(() -> read(ListFormat.OPENSANCTIONS_CSV,
				bytes(HEADER + "a,Person,Ann Example,,,,,,,,,d,,,\nb,Person,,,,,,,,,,d,,,\n")))
			.hasMessage("line 3: name is empty");
		assertThatThrownBy(() -> read(ListFormat.OPENSANCTIONS_CSV,
				bytes(HEADER + "a,Person,Ann Example,,,,,,,,,d,,,\na,Person,Bob Example,,,,,,,,,d,,,\n")))
			.hasMessage("line 3: the id a appears twice");
		assertThatThrownBy(() -> read(ListFormat.OPENSANCTIONS_CSV, bytes(HEADER + "a,Person,Ann Example,,,,,,,,,d\n")))
			.hasMessageStartingWith("line 2: 12 fields");
	}

	@Test
	void aCsvThatIsNotUtf8IsRefused() {
		byte[] latin1 = (HEADER + "a,Person,Jos\u00e9 Example,,,,,,,,,d,,,\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> read(ListFormat.OPENSANCTIONS_CSV, new ByteArrayInputStream(latin1)))
			.isInstanceOf(ListFileException.class)
			.hasMessageContaining("not UTF-8");
	}

	@Test
	void brokenXmlIsRefusedAtItsLine() {
		assertThatThrownBy(() -> read(ListFormat.UN_XML,
				bytes("<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>\n</INDIVIDUALS>")))
			.isInstanceOf(ListFileException.class)
			.hasMessageStartingWith("line 4: the XML can't be read");
		assertThatThrownBy(() -> read(ListFormat.UN_XML, bytes("<OTHER_LIST/>")))
			.hasMessage("line 1: the root element is OTHER_LIST, not the UN list's CONSOLIDATED_LIST");
		assertThatThrownBy(() -> read(ListFormat.UN_XML, bytes(
				"<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")))
			.hasMessage("INDIVIDUAL at line 2: no DATAID");
	}

	@Test
	void anXmlWithExternalEntitiesIsRefusedNotFollowed() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&e;</FIRST_NAME>"
				+ "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
		assertThatThrownBy(() -> read(ListFormat.UN_XML, bytes(xxe))).isInstanceOf(ListFileException.class);
	}

	@Test
	void theFingerprintChangesWithWhatScreeningReadsOnly() {
		ListEntry entry = new ListEntry("1", false, List.of("Ann Example"), List.of("1970"), java.util.Set.of("gb"),
				java.util.Set.of(), java.util.Set.of(Topic.SANCTION), "programme A");
		assertThat(new ListEntry("1", false, List.of("Ann Example"), List.of("1970"), java.util.Set.of("gb"),
				java.util.Set.of(), java.util.Set.of(Topic.SANCTION), "programme B")
			.fingerprint()).isEqualTo(entry.fingerprint());
		assertThat(new ListEntry("1", false, List.of("Ann Example"), List.of("1971"), java.util.Set.of("gb"),
				java.util.Set.of(), java.util.Set.of(Topic.SANCTION), "programme A")
			.fingerprint()).isNotEqualTo(entry.fingerprint());
	}

	private static List<ListEntry> read(ListFormat format, InputStream file) {
		List<ListEntry> entries = new ArrayList<>();
		format.read(file, Topic.SANCTION, entries::add);
		return entries;
	}

	private static InputStream resource(String path) {
		return ListFormatTest.class.getResourceAsStream(path);
	}

	private static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
