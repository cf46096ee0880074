package io.onboarding.orchestrator.client;

import java.util.List;

import io.onboarding.orchestrator.api.Violations;
import io.onboarding.orchestrator.api.Formats;
import io.onboarding.orchestrator.api.Subdivisions;

/**
 * The field rules of a party (a client or a related party): identity, profile and
 * addresses (SPEC 3.3). Every method adds what it finds to the violations under the given
 * JSON path.
 */
public final class PartyRules {

	static final int NAME_MAX = 200;
	static final int TEXT_MAX = 255;
	static final int IDENTIFICATIONS_MAX = 20;
	static final List<String> TYPES = List.of(Identity.INDIVIDUAL, Identity.CORPORATE);

	private PartyRules() {
	}

	public static void identity(Violations v, String path, Identity identity) {
		if (!v.required(path, identity)) {
			return;
		}
		if (v.required(path + ".type", identity.type())) {
			v.oneOf(path + ".type", identity.type(), TYPES);
		}
		if (identity.isIndividual()) {
			v.required(path + ".givenName", identity.givenName());
			v.required(path + ".familyName", identity.familyName());
			v.date(path + ".birthDate", identity.birthDate(), true);
		}
		else if (identity.isCorporate()) {
			v.required(path + ".legalName", identity.legalName());
			v.date(path + ".incorporationDate", identity.incorporationDate(), true);
		}
		v.maxLength(path + ".givenName", identity.givenName(), NAME_MAX);
		v.maxLength(path + ".familyName", identity.familyName(), NAME_MAX);
		v.maxLength(path + ".middleName", identity.middleName(), NAME_MAX);
		v.maxLength(path + ".legalName", identity.legalName(), NAME_MAX);
		v.maxLength(path + ".tradingName", identity.tradingName(), NAME_MAX);
		v.maxLength(path + ".corporationType", identity.corporationType(), TEXT_MAX);
		v.country(path + ".country", identity.country());
		identifications(v, path + ".identifications", identity.identifications());
		if (identity.identificationNumbers() != null && identity.identificationNumbers().size() > IDENTIFICATIONS_MAX) {
			v.add(path + ".identificationNumbers", "must have at most " + IDENTIFICATIONS_MAX + " entries");
		}
	}

	private static void identifications(Violations v, String path, List<Identification> identifications) {
		if (identifications == null) {
			return;
		}
		if (identifications.size() > IDENTIFICATIONS_MAX) {
			v.add(path, "must have at most " + IDENTIFICATIONS_MAX + " entries");
			return;
		}
		for (int i = 0; i < identifications.size(); i++) {
			String at = path + "[" + i + "]";
			Identification identification = identifications.get(i);
			if (!v.required(at, identification)) {
				continue;
			}
			v.required(at + ".type", identification.type());
			v.maxLength(at + ".type", identification.type(), TEXT_MAX);
			v.required(at + ".identificationNumber", identification.identificationNumber());
			v.maxLength(at + ".identificationNumber", identification.identificationNumber(), TEXT_MAX);
			v.country(at + ".issuingCountry", identification.issuingCountry());
			v.date(at + ".issueDate", identification.issueDate(), true);
			v.date(at + ".expirationDate", identification.expirationDate(), false);
			var issued = Formats.parseDate(identification.issueDate());
			var expires = Formats.parseDate(identification.expirationDate());
			if (issued.isPresent() && expires.isPresent() && expires.get().isBefore(issued.get())) {
				v.add(at + ".expirationDate", "must not be before issueDate");
			}
		}
	}

	/**
	 * The profile of a party of the given type. The primary address (residential for
	 * individuals, registration for corporates) is required when {@code addressRequired};
	 * the other one is refused.
	 */
	public static void profile(Violations v, String path, Profile profile, String type, boolean addressRequired) {
		if (profile == null) {
			if (addressRequired) {
				v.add(path, "is required");
			}
			return;
		}
		if (profile.identityType() != null && type != null && !profile.identityType().equals(type)) {
			v.add(path + ".identityType", "must match identity.type (" + type + ")");
		}
		boolean individual = Identity.INDIVIDUAL.equals(type);
		boolean corporate = Identity.CORPORATE.equals(type);
		if (individual) {
			if (addressRequired) {
				v.required(path + ".residentialAddress", profile.residentialAddress());
			}
			if (profile.registrationAddress() != null) {
				v.add(path + ".registrationAddress", "is for corporates; individuals give residentialAddress");
			}
		}
		else if (corporate) {
			if (addressRequired) {
				v.required(path + ".registrationAddress", profile.registrationAddress());
			}
			if (profile.residentialAddress() != null) {
				v.add(path + ".residentialAddress", "is for individuals; corporates give registrationAddress");
			}
		}
		address(v, path + ".residentialAddress", profile.residentialAddress());
		address(v, path + ".registrationAddress", profile.registrationAddress());
		v.phone(path + ".phone", profile.phone());
		v.phone(path + ".secondPhone", profile.secondPhone());
		v.email(path + ".email", profile.email());
		v.email(path + ".secondEmail", profile.secondEmail());
		v.maxLength(path + ".plannedIncome", profile.plannedIncome(), TEXT_MAX);
		v.maxLength(path + ".plannedExpenditure", profile.plannedExpenditure(), TEXT_MAX);
	}

	public static void address(Violations v, String path, Address address) {
		if (address == null) {
			return;
		}
		if (v.required(path + ".country", address.country())) {
			v.country(path + ".country", address.country());
		}
		v.required(path + ".city", address.city());
		v.required(path + ".street", address.street());
		if (Subdivisions.isCoded(address.country()) && !Subdivisions.isValid(address.country(), address.region())) {
			v.add(path + ".region", "must be the ISO 3166-2 subdivision code of " + address.country() + " (such as "
					+ example(address.country()) + ")");
		}
		v.maxLength(path + ".region", address.region(), TEXT_MAX);
		v.maxLength(path + ".city", address.city(), TEXT_MAX);
		v.maxLength(path + ".street", address.street(), TEXT_MAX);
		v.maxLength(path + ".houseNumber", address.houseNumber(), TEXT_MAX);
		v.maxLength(path + ".postalCode", address.postalCode(), 32);
		v.maxLength(path + ".refinement", address.refinement(), TEXT_MAX);
	}

	private static String example(String country) {
		return switch (country) {
			case "US" -> "NY";
			case "CA" -> "ON";
			default -> "JAL";
		};
	}

}
