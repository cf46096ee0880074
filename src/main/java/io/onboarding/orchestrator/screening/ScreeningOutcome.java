package io.onboarding.orchestrator.screening;

import java.util.List;

/**
 * What screening a party found: its hits (matches not already judged false positives for
 * this party and entry), and whether any is a sanction or a PEP finding.
 */
public record ScreeningOutcome(List<HitView> hits) {

	public boolean sanction() {
		return hits.stream().anyMatch(HitView::isSanction);
	}

	public boolean pep() {
		return hits.stream().anyMatch(HitView::isPep);
	}

}
