package io.onboarding.orchestrator.screening.matching;

import java.util.List;
import java.util.Set;

/**
 * What is compared of a party or a list entry: its names (each a list of words, see
 * {@link Names}), whether it is a company, its birth or incorporation dates (full dates
 * or years), its countries (ISO alpha-2, lower case) and its identifiers (see
 * {@link Names#identifier}).
 */
public record Profile(boolean company, List<List<String>> names, List<String> dates, Set<String> countries,
		Set<String> identifiers) {

	public Profile {
		names = names.stream().filter(words -> !words.isEmpty()).map(List::copyOf).toList();
		dates = dates == null ? List.of() : dates.stream().filter(date -> date != null && date.length() >= 4).toList();
		countries = countries == null ? Set.of() : Set.copyOf(countries);
		identifiers = identifiers == null ? Set.of()
				: identifiers.stream()
					.map(Names::identifier)
					.filter(id -> id.length() >= 4)
					.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** Every word of every name, once. */
	public Set<String> words() {
		return names.stream()
			.flatMap(List::stream)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
