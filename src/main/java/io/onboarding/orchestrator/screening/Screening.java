package io.onboarding.orchestrator.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientStatus;
import io.onboarding.orchestrator.screening.index.EntryIndex;
import io.onboarding.orchestrator.screening.index.EntryMatch;
import io.onboarding.orchestrator.screening.lists.Topic;

/**
 * Screens parties against the lists in force (SPEC 5.5) and keeps the evidence: every
 * match is a {@link Hit} with the list version and the feature scores, unless an earlier
 * hit covers it (still open, confirmed, or judged a false positive for the same party and
 * entry). Applicants and related parties are screened as their application or relation is
 * screened; an active client again when its identity changes or a list does, and its new
 * hits get a review of their own.
 */
@Service
public class Screening {

	private final EntryIndex entries;

	private final Parties parties;

	private final Hits hits;

	private final HitReviews reviews;

	private final ClientDirectory clients;

	private final ScreeningSettings settings;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	private final Timer matching;

	Screening(EntryIndex entries, Parties parties, Hits hits, HitReviews reviews, ClientDirectory clients,
			ScreeningSettings settings, ObjectMapper objectMapper, Clock clock, MeterRegistry registry) {
		this.matching = Timer.builder("onboarding.screening.party")
			.description("Screening one party against the lists in force: the index query and the scoring")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		this.entries = entries;
		this.parties = parties;
		this.hits = hits;
		this.reviews = reviews;
		this.clients = clients;
		this.settings = settings;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/**
	 * Screens a party for the application (or relation) under way: its hits are weighed
	 * there, with the party's hits still open or confirmed as true matches.
	 */
	@Transactional
	public ScreeningOutcome screenForApplication(ScreenedParty party, UUID applicationId) {
		Map<String, Integer> versions = entries.catchUp();
		List<HitView> found = new ArrayList<>();
		for (EntryMatch match : match(party)) {
			List<Hit> earlier = hits.findByPartyIdAndListNameAndEntryId(party.id(), match.list(), match.entryId());
			// a confirmed true match, or a hit still open, weighs on every application
			// of the party; only a false positive for this party and entry as they are
			// now weighs nothing
			Hit standing = earlier.stream()
				.filter(hit -> hit.status() == Hit.Status.TRUE_MATCH || hit.status().isOpen())
				.findFirst()
				.orElse(null);
			if (standing != null) {
				found.add(standing.view(objectMapper));
			}
			else if (earlier.stream().noneMatch(hit -> hit.covers(party.fingerprint(), match.fingerprint()))) {
				found.add(record(party, match, Hit.Context.ONBOARDING, applicationId).view(objectMapper));
			}
		}
		parties.screened(party, versions, clock.instant());
		return new ScreeningOutcome(found);
	}

	/**
	 * Screens a party of an active client again (its identity changed, or a list): new
	 * hits open a review each. A party of a client that is not active is only recorded:
	 * its application screens it.
	 */
	@Transactional
	public ScreeningOutcome rescreen(ScreenedParty party) {
		Map<String, Integer> versions = entries.catchUp();
		if (clients.snapshot(party.clientId()).status() != ClientStatus.ACTIVE) {
			parties.screened(party, versions, clock.instant());
			return new ScreeningOutcome(List.of());
		}
		List<HitView> opened = new ArrayList<>();
		for (EntryMatch match : match(party)) {
			openIfNew(party, match).ifPresent(opened::add);
		}
		parties.screened(party, versions, clock.instant());
		return new ScreeningOutcome(opened);
	}

	/** A related party that is gone: out of the party index; its hits stay. */
	@Transactional
	public void forget(UUID partyId) {
		parties.removed(partyId, clock.instant());
	}

	/**
	 * An erased client's parties leave the screening (SPEC 7.5), in the caller's
	 * transaction: out of the party index, their names and identifiers gone from the
	 * screening records.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void erase(UUID clientId) {
		parties.erased(clientId, clock.instant());
	}

	/**
	 * The application a party's hits were found in ended: approved, they were judged
	 * false positives by whoever approved it; otherwise they close with it.
	 */
	@Transactional
	public void applicationEnded(UUID applicationId, boolean approved, String actor) {
		for (Hit hit : hits.findByApplicationId(applicationId)) {
			hit.applicationEnded(approved, actor, approved ? "weighed in the approved application " + applicationId
					: "closed with the application " + applicationId, clock.instant());
		}
	}

	/** A related party's review ended: accepted, its hits were false positives. */
	@Transactional
	public void relatedPartyReviewed(UUID partyId, boolean accepted, String actor) {
		for (Hit hit : hits.findByPartyId(partyId)) {
			if (hit.context() == Hit.Context.ONBOARDING) {
				hit.applicationEnded(accepted, actor,
						accepted ? "the related party was accepted in review" : "the related party was rejected",
						clock.instant());
			}
		}
	}

	/**
	 * The application's hits as its review form shows them: list, entry, topics and how
	 * each feature scored, one per line; "none" when the lists found nothing.
	 */
	@Transactional(readOnly = true)
	public String describeForApplication(UUID applicationId) {
		List<String> lines = hits.findByApplicationId(applicationId).stream().map(Screening::describe).toList();
		return lines.isEmpty() ? "none" : String.join("\n", lines);
	}

	static String describe(Hit hit) {
		return hit.describe();
	}

	private List<EntryMatch> match(ScreenedParty party) {
		return matching.record(() -> entries.match(party.profile(), settings.matchThreshold()));
	}

	/** Opens a hit and its review, unless an earlier hit covers the match. */
	java.util.Optional<HitView> openIfNew(ScreenedParty party, EntryMatch match) {
		List<Hit> earlier = hits.findByPartyIdAndListNameAndEntryId(party.id(), match.list(), match.entryId());
		if (earlier.stream().anyMatch(hit -> hit.covers(party.fingerprint(), match.fingerprint()))) {
			return java.util.Optional.empty();
		}
		Hit hit = record(party, match, Hit.Context.ONGOING, null);
		reviews.open(hit);
		return java.util.Optional.of(hit.view(objectMapper));
	}

	private Hit record(ScreenedParty party, EntryMatch match, Hit.Context context, UUID applicationId) {
		String topics = String.join(",", match.topics().stream().map(Topic::value).sorted().toList());
		return hits.save(new Hit(UUID.randomUUID(), party, party.fingerprint(), match.list(), match.listVersion(),
				match.entryId(), match.caption(), match.fingerprint(), topics, match.features().score(),
				json(match.features()), context, applicationId, clock.instant()));
	}

	private String json(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
