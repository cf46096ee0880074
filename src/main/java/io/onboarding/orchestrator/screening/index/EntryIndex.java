package io.onboarding.orchestrator.screening.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.screening.lists.ListEntry;
import io.onboarding.orchestrator.screening.lists.ListStore;
import io.onboarding.orchestrator.screening.lists.StoredEntry;
import io.onboarding.orchestrator.screening.lists.Topic;
import io.onboarding.orchestrator.screening.matching.Names;
import io.onboarding.orchestrator.screening.matching.Profile;
import io.onboarding.orchestrator.screening.matching.Scorer;

/**
 * The entries in force of every list, indexed on this node: screening one party is a
 * query here and a score of the few candidates it finds. Catches up with the lists'
 * versions in the database before it answers.
 */
@Component
public class EntryIndex extends NameIndex {

	/** Candidates scored per party: far more than a party ever matches. */
	static final int CANDIDATES = 50;

	private final ListStore store;

	private final Map<String, Integer> known = new HashMap<>();

	/** The versions the index holds, as searches see them. */
	private volatile Map<String, Integer> inIndex = Map.of();

	EntryIndex(ListStore store) {
		super("screening-entries");
		this.store = store;
	}

	/**
	 * Brings the index to the versions in force; returns them (list name to version).
	 */
	public synchronized Map<String, Integer> catchUp() {
		Map<String, Integer> current = store.currentVersions();
		boolean changed = false;
		int[] applied = { 0 };
		for (Map.Entry<String, Integer> list : current.entrySet()) {
			int from = known.getOrDefault(list.getKey(), 0);
			if (list.getValue() > from) {
				store.changedSince(list.getKey(), from, stored -> {
					apply(stored);
					applied[0]++;
				});
				known.put(list.getKey(), list.getValue());
				changed = true;
			}
		}
		if (changed) {
			publish(applied[0]);
			inIndex = Map.copyOf(known);
		}
		return inIndex;
	}

	/** The entries the party matches at or above the threshold, best first. */
	public List<EntryMatch> match(Profile party, double threshold) {
		Map<String, Integer> versions = inIndex;
		List<EntryMatch> matches = new ArrayList<>();
		for (Found found : candidates(party, CANDIDATES)) {
			Scorer.score(party, found.profile())
				.filter(features -> features.score() >= threshold)
				.ifPresent(features -> matches.add(new EntryMatch(found.attributes().get("list"),
						versions.getOrDefault(found.attributes().get("list"), 0), found.attributes().get("entryId"),
						found.attributes().get("caption"), found.attributes().get("fingerprint"),
						topics(found.attributes().get("topics")), found.attributes().get("programs"), features)));
		}
		matches.sort((a, b) -> Double.compare(b.features().score(), a.features().score()));
		return matches;
	}

	/** The versions the index holds. */
	public Map<String, Integer> versions() {
		return inIndex;
	}

	public int entries() {
		return size();
	}

	/** The profile of an entry, as the scorer compares it. */
	public static Profile profile(ListEntry entry) {
		return new Profile(entry.company(),
				entry.names().stream().map(name -> Names.words(name, entry.company())).toList(), entry.dates(),
				entry.countries(), entry.identifiers());
	}

	private void apply(StoredEntry stored) {
		if (stored.removed()) {
			remove(stored.key());
			return;
		}
		ListEntry entry = stored.entry();
		Map<String, String> attributes = new HashMap<>();
		attributes.put("list", stored.list());
		attributes.put("entryId", entry.id());
		attributes.put("caption", entry.caption());
		attributes.put("fingerprint", stored.fingerprint());
		attributes.put("topics", String.join(",", entry.topics().stream().map(Topic::value).sorted().toList()));
		attributes.put("programs", entry.programs() == null ? "" : entry.programs());
		put(new Indexed(stored.key(), profile(entry), attributes));
	}

	private static Set<Topic> topics(String text) {
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		if (text != null && !text.isEmpty()) {
			Arrays.stream(text.split(",")).map(Topic::of).forEach(topics::add);
		}
		return topics;
	}

}
