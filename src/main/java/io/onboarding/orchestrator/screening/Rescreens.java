package io.onboarding.orchestrator.screening;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientStatus;
import io.onboarding.orchestrator.infrastructure.BackgroundLoop;
import io.onboarding.orchestrator.infrastructure.WakeUpSignal;
import io.onboarding.orchestrator.screening.index.EntryIndex;
import io.onboarding.orchestrator.screening.index.EntryMatch;
import io.onboarding.orchestrator.screening.index.PartyIndex;
import io.onboarding.orchestrator.screening.lists.ListStore;
import io.onboarding.orchestrator.screening.lists.ListVersionLoaded;
import io.onboarding.orchestrator.screening.lists.StoredEntry;
import io.onboarding.orchestrator.screening.matching.Scorer;

/**
 * Screens what a list update changed against every party, on one node at a time (SPEC
 * 5.5): each added or changed entry is a query on the party index, not a pass over the
 * book. A party of an active client it matches gets a hit and its review, unless an
 * earlier hit covers the match. Then the parties whose own screening raced with the load
 * (screened against the older version while it was written) are screened again. Between
 * runs the loop keeps this node's party index up to date.
 */
@Component
class Rescreens extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(Rescreens.class);

	/** Parties screened this close before a load may have missed it. */
	static final Duration RACE = Duration.ofMinutes(10);

	private final ScreeningRuns runs;

	private final ListStore lists;

	private final EntryIndex entries;

	private final PartyIndex partyIndex;

	private final PartyIndexFeed feed;

	private final Parties parties;

	private final Screening screening;

	private final ClientDirectory clients;

	private final ScreeningSettings settings;

	private final TransactionTemplate transaction;

	private final WakeUpSignal signal;

	private final Clock clock;

	private final String node = ManagementFactory.getRuntimeMXBean().getName();

	@Autowired
	Rescreens(ScreeningRuns runs, ListStore lists, EntryIndex entries, PartyIndex partyIndex, PartyIndexFeed feed,
			Parties parties, Screening screening, ClientDirectory clients, ScreeningSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this(runs, lists, entries, partyIndex, feed, parties, screening, clients, settings, transactions, clock,
				new WakeUpSignal());
	}

	private Rescreens(ScreeningRuns runs, ListStore lists, EntryIndex entries, PartyIndex partyIndex,
			PartyIndexFeed feed, Parties parties, Screening screening, ClientDirectory clients,
			ScreeningSettings settings, PlatformTransactionManager transactions, Clock clock, WakeUpSignal signal) {
		super("screening-rescreens", signal);
		this.runs = runs;
		this.lists = lists;
		this.entries = entries;
		this.partyIndex = partyIndex;
		this.feed = feed;
		this.parties = parties;
		this.screening = screening;
		this.clients = clients;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.signal = signal;
		this.clock = clock;
	}

	/** A new version is in force: this node's entry index follows, and a run may wait. */
	@EventListener
	void versionLoaded(ListVersionLoaded loaded) {
		entries.catchUp();
		signal.wakeUp();
	}

	@Override
	protected boolean round() {
		feed.catchUp();
		return runs.claim(node).map(run -> {
			execute(run);
			return true;
		}).orElse(false);
	}

	@Override
	protected Duration pollInterval() {
		return Duration.ofSeconds(10);
	}

	private void execute(ScreeningRuns.Run run) {
		long started = System.nanoTime();
		entries.catchUp();
		feed.catchUp();
		int version = entries.versions().getOrDefault(run.list(), run.version());
		Set<UUID> screened = new HashSet<>();
		int[] counts = new int[2];
		lists.changedIn(run.list(), run.version(), stored -> {
			if (++counts[0] % 1000 == 0) {
				runs.renew(run.id(), node);
			}
			if (counts[0] % 50_000 == 0) {
				log.info("Screening list {} version {}: {} changed entries screened so far", run.list(), run.version(),
						counts[0]);
			}
			for (PartyIndex.PartyMatch match : partyIndex.match(EntryIndex.profile(stored.entry()),
					settings.matchThreshold())) {
				screened.add(match.partyId());
				if (open(match.partyId(), stored, version)) {
					counts[1]++;
				}
			}
		});
		for (Parties.Stored raced : parties.behind(run.list(), version, run.createdAt().minus(RACE))) {
			if (clients.exists(raced.party().clientId())) {
				transaction
					.executeWithoutResult(status -> counts[1] += screening.rescreen(raced.party()).hits().size());
			}
		}
		runs.finished(run.id(), screened.size(), counts[1]);
		log.info("Screening list {} version {}: {} changed entries against {} parties in {} ms, {} new hits",
				run.list(), run.version(), counts[0], partyIndex.parties(), (System.nanoTime() - started) / 1_000_000,
				counts[1]);
	}

	/** Opens a hit for a party of an active client, scored on its stored record. */
	private boolean open(UUID partyId, StoredEntry stored, int version) {
		return Boolean.TRUE.equals(
				transaction.execute(
						status -> parties.find(partyId)
							.filter(found -> !found.removed())
							.filter(found -> clients.exists(found.party().clientId())
									&& clients.snapshot(found.party().clientId()).status() == ClientStatus.ACTIVE)
							.flatMap(found -> Scorer.score(found.party().profile(), EntryIndex.profile(stored.entry()))
								.filter(features -> features.score() >= settings.matchThreshold())
								.flatMap(features -> screening.openIfNew(found.party(), new EntryMatch(stored.list(),
										version, stored.entry().id(), stored.entry().caption(), stored.fingerprint(),
										Set.copyOf(stored.entry().topics()), stored.entry().programs(), features))))
							.isPresent()));
	}

}
