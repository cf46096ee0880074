package io.onboarding.orchestrator.screening;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientScreenings;
import io.onboarding.orchestrator.infrastructure.TransactionReads;

/**
 * What a client's view says of its screening: {@code true_match} once a hit on it or a
 * related party was confirmed, {@code open_hit} while one waits for a decision,
 * {@code clear} otherwise; when the client itself was last screened and against which
 * list versions.
 */
@Component
class ClientScreeningSummaries implements ClientScreenings {

	private final Parties parties;

	private final Hits hits;

	private final TransactionReads reads;

	ClientScreeningSummaries(Parties parties, Hits hits, TransactionReads reads) {
		this.parties = parties;
		this.hits = hits;
		this.reads = reads;
	}

	private record SummaryOf(UUID clientId) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Summary> of(UUID clientId) {
		return reads.read(new SummaryOf(clientId), Set.of(Parties.TABLE, Parties.HITS_TABLE), () -> read(clientId));
	}

	private Optional<Summary> read(UUID clientId) {
		List<Parties.Screened> screened = parties.screeningsOf(clientId);
		if (screened.isEmpty()) {
			return Optional.empty();
		}
		Parties.Screened client = screened.stream()
			.filter(party -> party.kind() == ScreenedParty.Kind.CLIENT)
			.findFirst()
			.orElseGet(() -> screened.stream().max(Comparator.comparing(Parties.Screened::screenedAt)).orElseThrow());
		List<Hit.Status> found = hits.statusesOf(clientId);
		String status = found.contains(Hit.Status.TRUE_MATCH) ? "true_match"
				: found.stream().anyMatch(Hit.Status::isOpen) ? "open_hit" : "clear";
		return Optional.of(new Summary(status, client.screenedAt(), client.listVersions()));
	}

}
