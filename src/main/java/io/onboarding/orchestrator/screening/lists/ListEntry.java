package io.onboarding.orchestrator.screening.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entry of a screening list as its file gives it: the list's own id for it, whether
 * it is a company (else a person), its names (the first is its caption), birth or
 * incorporation dates (dates or years), countries (ISO alpha-2, lower case), identifiers,
 * topics and the programmes it is listed under.
 */
public record ListEntry(String id, boolean company, List<String> names, List<String> dates, Set<String> countries,
		Set<String> identifiers, Set<Topic> topics, String programs) {

	public ListEntry {
		names = List.copyOf(names);
		dates = List.copyOf(dates);
		countries = Set.copyOf(countries);
		identifiers = Set.copyOf(identifiers);
		topics = Set.copyOf(topics);
	}

	public String caption() {
		return names.get(0);
	}

	/**
	 * Changes when anything screening reads of the entry changes: a false positive is
	 * remembered for this fingerprint.
	 */
	public String fingerprint() {
		StringBuilder canonical = new StringBuilder().append(company).append('\u001f');
		names.forEach(name -> canonical.append(name).append('\u001e'));
		canonical.append('\u001f');
		new TreeSet<>(dates).forEach(date -> canonical.append(date).append('\u001e'));
		canonical.append('\u001f');
		new TreeSet<>(countries).forEach(country -> canonical.append(country).append('\u001e'));
		canonical.append('\u001f');
		new TreeSet<>(identifiers).forEach(id -> canonical.append(id).append('\u001e'));
		canonical.append('\u001f');
		topics.stream().map(Topic::value).sorted().forEach(topic -> canonical.append(topic).append('\u001e'));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
