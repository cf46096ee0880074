package io.onboarding.orchestrator.screening.lists;

/**
 * An entry as the list store keeps it: the entry, the list and version it last changed
 * in, and the version that removed it, if one did.
 */
public record StoredEntry(String list, int version, Integer removedIn, ListEntry entry, String fingerprint) {

	public boolean removed() {
		return removedIn != null;
	}

	public String key() {
		return list + '\u001f' + entry.id();
	}

}
