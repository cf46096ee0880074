package io.onboarding.orchestrator.screening.lists;

import java.time.Instant;

/**
 * One load that changed a list: its version, format, SHA-256 checksum of the file, entry
 * count and what changed.
 */
public record ListVersion(String list, int version, String format, String checksum, int entryCount, int added,
		int changed, int removed, String source, String loadedBy, Instant loadedAt) {
}
