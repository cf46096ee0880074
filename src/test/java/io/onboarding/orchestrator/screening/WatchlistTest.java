package io.onboarding.orchestrator.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Matching against the sample watchlist: case, accents, word order and small typos
 * survive.
 */
class WatchlistTest {

	private final Watchlist watchlist = new Watchlist(new DefaultResourceLoader(),
			new ScreeningSettings(null, 0, List.of()));

	@Test
	void loadsTheSampleList() {
		assertThat(watchlist.size()).isEqualTo(4);
	}

	@Test
	void matchesDespiteCaseAccentsOrderAndTypos() {
		assertThat(watchlist.match("VIKTOR SANCTIONOV", null)).isPresent();
		assertThat(watchlist.match("Sanctionov, Viktor", null)).isPresent();
		assertThat(watchlist.match("Víktor Sanctiónov", null)).isPresent();
		assertThat(watchlist.match("Viktor Sanctionof", null)).isPresent();
		assertThat(watchlist.match("Maria Lavanderez", null)).as("an alias").isPresent();
		assertThat(watchlist.match("Viktor Sanctionov", null).orElseThrow().list()).isEqualTo("Sample sanctions list");
	}

	@Test
	void aChangedFileIsReloaded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
		java.nio.file.Path file = folder.resolve("watchlist.csv");
		java.nio.file.Files.writeString(file,
				"id,name,aliases,birth_date,countries,dataset\n1,Anna Listed,,,,First list\n");
		Watchlist fromFile = new Watchlist(new DefaultResourceLoader(),
				new ScreeningSettings("file:" + file, 0, List.of()));
		assertThat(fromFile.match("Anna Listed", null)).isPresent();
		assertThat(fromFile.match("Bruno Added", null)).isEmpty();

		java.nio.file.Files.writeString(file,
				"id,name,aliases,birth_date,countries,dataset\n2,Bruno Added,,,,Second list\n");
		java.nio.file.Files.setLastModifiedTime(file,
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		fromFile.reloadIfChanged();

		assertThat(fromFile.match("Bruno Added", null)).isPresent();
		assertThat(fromFile.match("Anna Listed", null)).isEmpty();
	}

	@Test
	void differentPeopleDoNotMatch() {
		assertThat(watchlist.match("John Doe", null)).isEmpty();
		assertThat(watchlist.match("Viktor Petrov", null)).isEmpty();
		assertThat(watchlist.match("Viktor Sanctionov", "1990-01-01")).as("another birth date").isEmpty();
		assertThat(watchlist.match("Viktor Sanctionov", "1961-04-12")).isPresent();
	}

}
