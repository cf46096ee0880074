package io.onboarding.orchestrator.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import io.onboarding.orchestrator.screening.lists.Topic;

/**
 * A hit as the API and the webhooks show it: the party, the list entry it matched (list,
 * version, entry id and name, topics), the score and each feature's part in it, and the
 * officers' decisions.
 */
public record HitView(UUID id, UUID clientId, UUID partyId, String partyKind, String partyName, String list,
		int listVersion, String entryId, String entryName, List<String> topics, double score, JsonNode features,
		String context, UUID applicationId, String status, Step firstDecision, Step decision, Instant createdAt,
		Instant updatedAt) {

	/** Whether the entry is on its list as a sanction. */
	@JsonIgnore
	public boolean isSanction() {
		return topics.contains(Topic.SANCTION.value());
	}

	/** Whether the entry is on its list as a politically exposed person. */
	@JsonIgnore
	public boolean isPep() {
		return topics.contains(Topic.PEP.value());
	}

	/** One officer's decision. */
	public record Step(String outcome, String by, String reason, Instant at) {
	}

}
