package io.onboarding.orchestrator.client;

import io.onboarding.orchestrator.api.Violations;

/**
 * The field rules of a client's details (SPEC 3.3, 3.4), the same on creation and on
 * update.
 */
public final class ClientRules {

	private ClientRules() {
	}

	/**
	 * @param path JSON path of the client in the request, such as {@code data.client}
	 * @param railsbank whether the client asks for or has a railsbank connection
	 */
	public static void validate(Violations v, String path, ClientDetails details, boolean railsbank) {
		PartyRules.identity(v, path + ".identity", details.identity());
		String type = details.type();
		boolean knownType = type != null && PartyRules.TYPES.contains(type);
		PartyRules.profile(v, path + ".profile", details.profile(), knownType ? type : null, knownType);
		if (details.addresses() != null && details.addresses().tradingAddress() != null) {
			if (Identity.INDIVIDUAL.equals(type)) {
				v.add(path + ".addresses.tradingAddress", "is for corporate clients only");
			}
			PartyRules.address(v, path + ".addresses.tradingAddress", details.addresses().tradingAddress());
		}
		if (knownType) {
			ReservedAttributes.validate(v, path + ".attributes", details.attributes(), type, railsbank);
		}
	}

}
