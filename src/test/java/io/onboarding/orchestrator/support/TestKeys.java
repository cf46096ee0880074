package io.onboarding.orchestrator.support;

/** The credentials the integration tests configure. */
public final class TestKeys {

	public static final String INTEGRATOR = "integrator-key-for-tests";

	public static final String OPERATOR = "operator-key-for-tests";

	/** A second officer, for the four-eyes principle. */
	public static final String SECOND_OPERATOR = "second-operator-key-for-tests";

	/** Configured only as its SHA-256 hash. */
	public static final String HASHED = "hashed-key-for-tests";

	public static final String HASHED_SHA256 = "7c275fe3a4091e92b93da0917f4b55b5aa16c8ec6c8158f2318666decc34987d";

	public static final String SETTING = "test-integrator:integrator:" + INTEGRATOR + ",test-operator:operator:"
			+ OPERATOR + ",second-operator:operator:" + SECOND_OPERATOR + ",hashed-integrator:integrator:sha256:"
			+ HASHED_SHA256;

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	private TestKeys() {
	}

}
