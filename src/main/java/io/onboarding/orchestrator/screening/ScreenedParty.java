package io.onboarding.orchestrator.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.onboarding.orchestrator.client.Identification;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.infrastructure.WireValue;
import io.onboarding.orchestrator.screening.matching.Names;
import io.onboarding.orchestrator.screening.matching.Profile;

/**
 * A party as screening sees it: an applicant (the client itself) or a related party, by
 * its names (a person's full name; a company's legal and trading names), birth or
 * incorporation date, countries and identifiers.
 */
public record ScreenedParty(UUID id, UUID clientId, Kind kind, boolean company, List<String> names, String date,
		Set<String> countries, Set<String> identifiers) {

	public enum Kind implements WireValue {

		CLIENT, RELATION

	}

	public ScreenedParty {
		names = names.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.distinct()
			.toList();
		countries = countries.stream()
			.filter(Objects::nonNull)
			.map(country -> country.strip().toLowerCase(Locale.ROOT))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		identifiers = identifiers.stream()
			.filter(Objects::nonNull)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/**
	 * A client or related party as its identity describes it: a person by full name and
	 * birth date, a company by legal and trading name and incorporation date; the
	 * identity's country and {@code otherCountries} (addresses); the numbers of its
	 * identifications.
	 */
	public static ScreenedParty of(UUID id, UUID clientId, Kind kind, Identity identity,
			java.util.Collection<String> otherCountries) {
		boolean company = identity.isCorporate();
		List<String> names = company ? java.util.Arrays.asList(identity.legalName(), identity.tradingName())
				: List.of(identity.fullName());
		java.util.Set<String> countries = new java.util.LinkedHashSet<>();
		countries.add(identity.country());
		countries.addAll(otherCountries);
		countries.remove(null);
		java.util.Set<String> identifiers = new java.util.LinkedHashSet<>();
		if (identity.identifications() != null) {
			identity.identifications()
				.stream()
				.map(Identification::identificationNumber)
				.filter(Objects::nonNull)
				.forEach(identifiers::add);
		}
		if (identity.identificationNumbers() != null) {
			identity.identificationNumbers()
				.values()
				.stream()
				.filter(value -> value instanceof String)
				.map(String.class::cast)
				.forEach(identifiers::add);
		}
		return new ScreenedParty(id, clientId, kind, company, names,
				company ? identity.incorporationDate() : identity.birthDate(), countries, identifiers);
	}

	public String caption() {
		return names.isEmpty() ? "" : names.get(0);
	}

	public Profile profile() {
		return new Profile(company, names.stream().map(name -> Names.words(name, company)).toList(),
				date == null ? List.of() : List.of(date), countries, identifiers);
	}

	/**
	 * Changes when anything screening reads of the party changes: a false positive is
	 * remembered for this fingerprint.
	 */
	public String fingerprint() {
		String canonical = company + "\u001f" + String.join("\u001e", names) + "\u001f" + Objects.toString(date, "")
				+ "\u001f" + String.join("\u001e", new TreeSet<>(countries)) + "\u001f"
				+ String.join("\u001e", new TreeSet<>(identifiers.stream().map(Names::identifier).toList()));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
