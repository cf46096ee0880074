package io.onboarding.orchestrator.screening.index;

import java.util.Set;

import io.onboarding.orchestrator.screening.lists.Topic;
import io.onboarding.orchestrator.screening.matching.Features;

/** A list entry a party matched, with the version of its list and the evidence. */
public record EntryMatch(String list, int listVersion, String entryId, String caption, String fingerprint,
		Set<Topic> topics, String programs, Features features) {
}
