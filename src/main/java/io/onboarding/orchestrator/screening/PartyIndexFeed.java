package io.onboarding.orchestrator.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.screening.index.PartyIndex;

/**
 * Keeps this node's party index up with the database. Parties are read in the order of
 * their sequence numbers; since a number is taken inside a transaction that may commit
 * after a higher one was read, every catch-up also reads again the parties written in the
 * last {@link #SETTLED} above the number the index had reached that long ago, so that a
 * late commit is never skipped. Reading a party twice puts the same document twice:
 * harmless.
 */
@Component
class PartyIndexFeed {

	/** Longer than any transaction that writes a party. */
	static final Duration SETTLED = Duration.ofMinutes(2);

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PartyIndexFeed.class);

	private static final int PAGE = 5_000;

	private final Parties parties;

	private final PartyIndex index;

	private final Clock clock;

	/**
	 * When the index reached which number: the oldest settled one is where to read from.
	 */
	private final Deque<Mark> marks = new ArrayDeque<>();

	private long settled;

	PartyIndexFeed(Parties parties, PartyIndex index, Clock clock) {
		this.parties = parties;
		this.index = index;
		this.clock = clock;
	}

	private record Mark(Instant at, long watermark) {
	}

	private void apply(Parties.Stored stored) {
		ScreenedParty party = stored.party();
		index.apply(party.id(), party.clientId(), party.kind().value(), party.caption(), stored.fingerprint(),
				party.profile(), stored.removed(), stored.seq());
	}

	/** Reads every party changed since the settled mark into the index. */
	synchronized int catchUp() {
		Instant now = clock.instant();
		while (!marks.isEmpty() && marks.peekFirst().at().isBefore(now.minus(SETTLED))) {
			settled = marks.pollFirst().watermark();
		}
		int read = 0;
		for (Parties.Stored stored : parties.writtenSince(settled, now.minus(SETTLED))) {
			apply(stored);
			read++;
		}
		long from = index.watermark();
		while (true) {
			List<Parties.Stored> page = parties.changedAfter(from, PAGE);
			for (Parties.Stored stored : page) {
				apply(stored);
				from = stored.seq();
			}
			read += page.size();
			if (page.size() < PAGE) {
				break;
			}
		}
		index.publishChanges(read);
		marks.addLast(new Mark(now, index.watermark()));
		if (read >= 10_000) {
			log.info("Party index: {} parties read in {} ms, {} indexed", read,
					Duration.between(now, clock.instant()).toMillis(), index.parties());
		}
		return read;
	}

}
