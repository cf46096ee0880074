package io.onboarding.orchestrator.screening.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.onboarding.orchestrator.screening.matching.Names;
import io.onboarding.orchestrator.screening.matching.Profile;

/**
 * The party index scores a bounded number of candidates per list entry; a name shared by
 * more parties than that must still reach the one the entry describes.
 */
class PartyIndexTest {

	private final PartyIndex index = new PartyIndex();

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void aCommonNameReachesThePartyBornTheEntrysYear() {
		long seq = 0;
		for (int i = 0; i < PartyIndex.CANDIDATES * 3; i++) {
			index.apply(UUID.randomUUID(), UUID.randomUUID(), "client", "Mohammed Ali", "f" + i,
					person("Mohammed Ali", (1940 + i % 20) + "-01-01"), false, ++seq);
		}
		UUID listed = UUID.randomUUID();
		// indexed last: without the year, it would be behind every namesake of equal
		// score
		index.apply(listed, UUID.randomUUID(), "client", "Muhammad Ali", "listed", person("Muhammad Ali", "1971-04-04"),
				false, ++seq);
		index.publishChanges((int) seq);

		List<PartyIndex.PartyMatch> matches = index.match(person("Mohammed Ali", "1971-04-04"), 0.85);

		assertThat(matches).extracting(PartyIndex.PartyMatch::partyId).containsExactly(listed);
	}

	@ParameterizedTest(name = "{1} reaches {0}")
	@CsvSource(delimiter = '|', textBlock = """
			Viktor Sanctionov   | Viktor Sanktionov
			Viktor Sanctionov   | Viktor Sanctionvo
			Viktor Sanctionov   | Viktr Sanctionov
			Viktor Sanctionov   | Viktor Sancttionov
			Mohammed Al Rashid  | Muhammad Al Rashid
			""")
	void aNameALetterAwayOrSoundingTheSameIsACandidate(String party, String listed) {
		UUID id = UUID.randomUUID();
		index.apply(id, UUID.randomUUID(), "client", party, "p", person(party, "1961-04-12"), false, 1);
		index.apply(UUID.randomUUID(), UUID.randomUUID(), "client", "Anna Schmidt", "o",
				person("Anna Schmidt", "1961-04-12"), false, 2);
		index.publishChanges(1);

		assertThat(index.match(person(listed, "1961-04-12"), 0.85)).extracting(PartyIndex.PartyMatch::partyId)
			.containsExactly(id);
	}

	@Test
	void aNameWithHundredsOfAliasesIsStillAQuery() {
		// Lucene refuses a query of over 1,024 clauses; list entries can have many
		// aliases
		List<List<String>> aliases = new java.util.ArrayList<>();
		aliases.add(Names.words("Viktor Sanctionov", false));
		for (int i = 0; i < 600; i++) {
			String suffix = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26);
			aliases.add(Names.words("Alias" + suffix + " Othername" + suffix, false));
		}
		UUID id = UUID.randomUUID();
		index.apply(id, UUID.randomUUID(), "client", "Viktor Sanctionov", "p", person("Viktor Sanctionov", null), false,
				1);
		index.publishChanges(1);

		assertThat(index.match(new Profile(false, aliases, List.of(), Set.of(), Set.of()), 0.85))
			.extracting(PartyIndex.PartyMatch::partyId)
			.containsExactly(id);
	}

	@Test
	void anIdentifierReachesItsPartyWhateverItsName() {
		UUID listed = UUID.randomUUID();
		index.apply(
				listed, UUID.randomUUID(), "client", "Somebody Else", "listed", new Profile(false,
						List.of(Names.words("Somebody Else", false)), List.of(), Set.of(), Set.of("AB123456")),
				false, 1);
		index.publishChanges(1);

		List<PartyIndex.PartyMatch> matches = index.match(new Profile(false,
				List.of(Names.words("Viktor Sanctionov", false)), List.of(), Set.of(), Set.of("ab 123 456")), 0.85);

		assertThat(matches).extracting(PartyIndex.PartyMatch::partyId).containsExactly(listed);
	}

	@Test
	void aLargeChangeMergesTheIndexAndItAnswersAsBefore() {
		UUID listed = UUID.randomUUID();
		UUID client = UUID.randomUUID();
		index.apply(listed, client, "related-party", "Viktor Sanctionov", "listed",
				person("Viktor Sanctionov", "1961-04-12"), false, 1);
		long seq = 1;
		for (int batch = 0; batch < 3; batch++) {
			for (int i = 0; i < 300; i++) {
				index.apply(UUID.randomUUID(), UUID.randomUUID(), "client", "Anna Schmidt", "o" + seq,
						person("Anna Schmidt", (1940 + i % 50) + "-01-01"), false, ++seq);
			}
			index.publishChanges(300);
		}
		assertThat(index.segments()).isGreaterThan(1);
		List<PartyIndex.PartyMatch> before = index.match(person("Viktor Sanktionov", "1961-04-12"), 0.85);

		for (int i = 0; i < 1_000; i++) {
			index.apply(UUID.randomUUID(), UUID.randomUUID(), "client", "Otto Normal", "n" + i,
					person("Otto Normal", "1970-01-01"), false, ++seq);
		}
		index.publishChanges(1_000);

		assertThat(index.segments()).isEqualTo(1);
		assertThat(index.parties()).isEqualTo(1 + 900 + 1_000);
		assertThat(index.match(person("Viktor Sanktionov", "1961-04-12"), 0.85)).isEqualTo(before)
			.singleElement()
			.satisfies(match -> {
				assertThat(match.partyId()).isEqualTo(listed);
				assertThat(match.clientId()).isEqualTo(client);
				assertThat(match.kind()).isEqualTo("related-party");
				assertThat(match.caption()).isEqualTo("Viktor Sanctionov");
				assertThat(match.fingerprint()).isEqualTo("listed");
			});
	}

	private static Profile person(String name, String birth) {
		return new Profile(false, List.of(Names.words(name, false)), birth == null ? List.of() : List.of(birth),
				Set.of(), Set.of());
	}

}
