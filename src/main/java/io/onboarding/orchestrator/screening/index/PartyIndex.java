package io.onboarding.orchestrator.screening.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.screening.matching.Features;
import io.onboarding.orchestrator.screening.matching.Profile;
import io.onboarding.orchestrator.screening.matching.Scorer;

/**
 * Every party screened, indexed on this node: a list update screens its changed entries
 * against it, so that an update of a thousand entries is a thousand queries, not a pass
 * over the whole book. Fed by {@link #put} as parties change, in the order of their
 * sequence numbers.
 */
@Component
public class PartyIndex extends NameIndex {

	/**
	 * Candidates scored per changed entry: the closest by Lucene's own score (parties
	 * with the entry's identifier or birth year, then those that share more and rarer
	 * words, come first). A name shared by more parties than this is screened against the
	 * closest of them only, so a list entry that common is found through its birth year
	 * or identifiers (bench/screening.sh measured the cost: scoring 5,000 candidates per
	 * entry took 30 times longer than 200).
	 */
	static final int CANDIDATES = 200;

	private long watermark;

	PartyIndex() {
		super("screening-parties");
	}

	/** A party matched by an entry, with the evidence. */
	public record PartyMatch(UUID partyId, UUID clientId, String kind, String caption, String fingerprint,
			Features features) {
	}

	/** The highest sequence number the index has seen. */
	public synchronized long watermark() {
		return watermark;
	}

	/**
	 * Adds or replaces a party (or removes it), and moves the watermark to its number.
	 */
	public synchronized void apply(UUID partyId, UUID clientId, String kind, String caption, String fingerprint,
			Profile profile, boolean removed, long seq) {
		if (removed) {
			remove(partyId.toString());
		}
		else {
			put(new Indexed(partyId.toString(), profile, Map.of("clientId", clientId.toString(), "kind", kind,
					"caption", caption, "fingerprint", fingerprint)));
		}
		watermark = Math.max(watermark, seq);
	}

	/** Makes the changes applied visible to searches; {@code changed} of them. */
	public void publishChanges(int changed) {
		publish(changed);
	}

	/** The parties the entry matches at or above the threshold. */
	public List<PartyMatch> match(Profile entry, double threshold) {
		List<PartyMatch> matches = new ArrayList<>();
		for (Found found : candidates(entry, CANDIDATES)) {
			Scorer.score(found.profile(), entry)
				.filter(features -> features.score() >= threshold)
				.ifPresent(features -> matches.add(new PartyMatch(UUID.fromString(found.key()),
						UUID.fromString(found.attributes().get("clientId")), found.attributes().get("kind"),
						found.attributes().get("caption"), found.attributes().get("fingerprint"), features)));
		}
		return matches;
	}

	public int parties() {
		return size();
	}

}
