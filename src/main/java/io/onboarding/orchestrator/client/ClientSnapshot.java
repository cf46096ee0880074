package io.onboarding.orchestrator.client;

import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;

/**
 * A client as other modules see it: what it is and where it stands, as a value. The
 * record itself stays inside this module, which alone changes it.
 */
public record ClientSnapshot(UUID id, String clientNumber, String type, ClientStatus status, KycLevel kycLevel,
		String fullName, Identity identity, Profile profile, Map<String, Object> attributes, RiskLevel riskLevel,
		boolean blacklisted, String requestedProvider, UUID applicationId) {

	public boolean isCorporate() {
		return identity.isCorporate();
	}

	public boolean isIndividual() {
		return identity.isIndividual();
	}

	/** Nationality or country of registration, and the country of the primary address. */
	public List<String> countries() {
		List<String> countries = new ArrayList<>();
		if (identity.country() != null) {
			countries.add(identity.country());
		}
		if (profile.primaryAddress() != null && profile.primaryAddress().country() != null) {
			countries.add(profile.primaryAddress().country());
		}
		return countries;
	}

	/** The client's data stays out of log lines and exception messages. */
	@Override
	public String toString() {
		return "ClientSnapshot[id=" + id + ", status=" + status.value() + "]";
	}

}
