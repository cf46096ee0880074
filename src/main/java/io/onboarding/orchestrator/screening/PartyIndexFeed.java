package io.onboarding.orchestrator.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.screening.index.PartyIndex;

/**
 * Keeps this node's party index up with the database. Parties are read in the order of
 * their sequence numbers. A number is taken inside a transaction that may commit after a
 * higher one was read, so the numbers missing between two parties read are a gap that may
 * still fill: every catch-up looks the gaps up again, until they are older than
 * {@link #SETTLED} (by then the transaction committed, rolled back, or the party changed
 * again and took a higher number). Only the numbers below a party written in the last
 * {@link #SETTLED} can be a gap: the numbers below an older party were taken before it,
 * by no transaction still running. Each party is so read once.
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

	private List<Gap> gaps = new ArrayList<>();

	PartyIndexFeed(Parties parties, PartyIndex index, Clock clock) {
		this.parties = parties;
		this.index = index;
		this.clock = clock;
	}

	/** Numbers missing between two parties read, since {@code missedAt}. */
	private record Gap(Parties.Numbers numbers, Instant missedAt) {
	}

	private void apply(Parties.Stored stored) {
		ScreenedParty party = stored.party();
		index.apply(party.id(), party.clientId(), party.kind().value(), party.caption(), stored.fingerprint(),
				party.profile(), stored.removed(), stored.seq());
	}

	/**
	 * Reads every party changed since the last catch-up into the index, and those that
	 * filled a gap.
	 */
	synchronized int catchUp() {
		Instant now = clock.instant();
		Instant settled = now.minus(SETTLED);
		gaps.removeIf(gap -> gap.missedAt().isBefore(settled));
		int read = fillGaps();
		long from = index.watermark();
		while (true) {
			List<Parties.Stored> page = parties.changedAfter(from, PAGE);
			for (Parties.Stored stored : page) {
				if (stored.seq() > from + 1 && stored.writtenAt().isAfter(settled)) {
					gaps.add(new Gap(new Parties.Numbers(from, stored.seq()), now));
				}
				apply(stored);
				from = stored.seq();
			}
			read += page.size();
			if (page.size() < PAGE) {
				break;
			}
		}
		index.publishChanges(read);
		if (read >= 10_000) {
			log.info("Party index: {} parties read in {} ms, {} indexed", read,
					Duration.between(now, clock.instant()).toMillis(), index.parties());
		}
		return read;
	}

	/**
	 * Applies the parties committed into gaps since, and narrows the gaps around them.
	 */
	private int fillGaps() {
		if (gaps.isEmpty()) {
			return 0;
		}
		List<Parties.Stored> filled = new ArrayList<>(parties.within(gaps.stream().map(Gap::numbers).toList()));
		if (filled.isEmpty()) {
			return 0;
		}
		filled.sort(Comparator.comparingLong(Parties.Stored::seq));
		filled.forEach(this::apply);
		List<Gap> narrowed = new ArrayList<>();
		for (Gap gap : gaps) {
			long after = gap.numbers().after();
			for (Parties.Stored stored : filled) {
				if (stored.seq() > after && stored.seq() < gap.numbers().before()) {
					if (stored.seq() > after + 1) {
						narrowed.add(new Gap(new Parties.Numbers(after, stored.seq()), gap.missedAt()));
					}
					after = stored.seq();
				}
			}
			if (gap.numbers().before() > after + 1) {
				narrowed.add(new Gap(new Parties.Numbers(after, gap.numbers().before()), gap.missedAt()));
			}
		}
		gaps = narrowed;
		return filled.size();
	}

	/** How many gaps the feed watches now. */
	synchronized int gaps() {
		return gaps.size();
	}

}
