package io.onboarding.orchestrator.screening.lists;

import java.util.Locale;

/**
 * Why an entry is on a list. A sanction makes a match a sanctions hit; a PEP entry makes
 * it a PEP finding, which raises the risk but is no sanction.
 */
public enum Topic {

	SANCTION, PEP, CRIME, DEBARMENT;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Topic of(String value) {
		return valueOf(value.trim().toUpperCase(Locale.ROOT));
	}

}
