package io.onboarding.orchestrator.screening;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.screening.index.PartyIndex;
import io.onboarding.orchestrator.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The party index follows PostgreSQL when transactions commit out of the order of their
 * sequence numbers: a party whose number was taken before a higher one was read is
 * indexed once it commits.
 */
@IntegrationTest
class PartyIndexFeedIT {

	@Autowired
	Parties parties;

	@Autowired
	PartyIndexFeed feed;

	@Autowired
	PartyIndex index;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aPartyThatCommitsAfterAHigherNumberWasReadIsIndexedOnceItCommits() throws Exception {
		ScreenedParty late = party("Quirinus Latecommer");
		ScreenedParty early = party("Ottilie Frühbucher");
		CountDownLatch numberTaken = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			parties.screened(late, Map.of(), Instant.now());
			numberTaken.countDown();
			await(release);
		}));
		assertThat(numberTaken.await(30, TimeUnit.SECONDS)).isTrue();
		transaction.executeWithoutResult(status -> parties.screened(early, Map.of(), Instant.now()));

		feed.catchUp();
		assertThat(indexed(early)).isTrue();
		assertThat(indexed(late)).isFalse();
		assertThat(feed.gaps()).isPositive();

		release.countDown();
		slow.get(30, TimeUnit.SECONDS);
		feed.catchUp();

		assertThat(indexed(late)).isTrue();
	}

	private boolean indexed(ScreenedParty party) {
		return index.match(party.profile(), 0.99).stream().anyMatch(match -> match.partyId().equals(party.id()));
	}

	private static ScreenedParty party(String name) {
		return new ScreenedParty(UUID.randomUUID(), UUID.randomUUID(), ScreenedParty.Kind.CLIENT, false,
				List.of(name + " " + UUID.randomUUID().toString().substring(0, 8)), "1950-01-01", Set.of("IS"),
				Set.of());
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
