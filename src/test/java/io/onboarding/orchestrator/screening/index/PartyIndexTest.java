package io.onboarding.orchestrator.screening.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.screening.matching.Names;
import io.onboarding.orchestrator.screening.matching.Profile;

/**
 * The party index scores a bounded number of candidates per list entry; a name shared by
 * more parties than that must still reach the one the entry describes.
 */
class PartyIndexTest {

	private final PartyIndex index = new PartyIndex(new ObjectMapper());

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
		index.publishChanges();

		List<PartyIndex.PartyMatch> matches = index.match(person("Mohammed Ali", "1971-04-04"), 0.85);

		assertThat(matches).extracting(PartyIndex.PartyMatch::partyId).containsExactly(listed);
	}

	@Test
	void anIdentifierReachesItsPartyWhateverItsName() {
		UUID listed = UUID.randomUUID();
		index.apply(
				listed, UUID.randomUUID(), "client", "Somebody Else", "listed", new Profile(false,
						List.of(Names.words("Somebody Else", false)), List.of(), Set.of(), Set.of("AB123456")),
				false, 1);
		index.publishChanges();

		List<PartyIndex.PartyMatch> matches = index.match(new Profile(false,
				List.of(Names.words("Viktor Sanctionov", false)), List.of(), Set.of(), Set.of("ab 123 456")), 0.85);

		assertThat(matches).extracting(PartyIndex.PartyMatch::partyId).containsExactly(listed);
	}

	private static Profile person(String name, String birth) {
		return new Profile(false, List.of(Names.words(name, false)), List.of(birth), Set.of(), Set.of());
	}

}
