package io.onboarding.orchestrator.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Camunda's engine REST API as Cockpit and an operator's scripts use it: the admin's
 * login.
 */
public final class EngineRest {

	private EngineRest() {
	}

	public static Api asAdmin(int port) {
		return Api.at(port)
			.withHeader("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((TestKeys.ADMIN + ":" + TestKeys.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

}
