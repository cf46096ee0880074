package io.onboarding.orchestrator.api;

/** The {@code workflow} part of a request envelope: which workflow and its options. */
public record Workflow(String code, Boolean createUser, String kycLevel) {

	public static final String DIRECT = "direct";

	public static final String MIGRATION = "migration";

	public boolean wantsUser() {
		return Boolean.TRUE.equals(createUser);
	}
}
