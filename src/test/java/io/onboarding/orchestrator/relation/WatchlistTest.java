package io.onboarding.orchestrator.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** Matching against the sample watchlist: case, accents, word order and small typos survive. */
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
    void differentPeopleDoNotMatch() {
        assertThat(watchlist.match("John Doe", null)).isEmpty();
        assertThat(watchlist.match("Viktor Petrov", null)).isEmpty();
        assertThat(watchlist.match("Viktor Sanctionov", "1990-01-01")).as("another birth date").isEmpty();
        assertThat(watchlist.match("Viktor Sanctionov", "1961-04-12")).isPresent();
    }
}
