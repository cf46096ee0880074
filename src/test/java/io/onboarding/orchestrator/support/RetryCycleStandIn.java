package io.onboarding.orchestrator.support;

/**
 * Stands in for the {@code providerRetries} and {@code verificationLevels} beans in
 * process tests, so that they check the diagrams read the retry cycle from them: every
 * provider gets {@value #CYCLE}; a verification provider is configured for the levels
 * given.
 */
public class RetryCycleStandIn {

	public static final String CYCLE = "R3/PT1M";

	private final java.util.Map<String, String> verifiedLevels;

	public RetryCycleStandIn() {
		this(java.util.Map.of());
	}

	public RetryCycleStandIn(java.util.Map<String, String> verifiedLevels) {
		this.verifiedLevels = verifiedLevels;
	}

	public String cycle(String provider) {
		return CYCLE;
	}

	public String retryCycle(String provider) {
		return CYCLE;
	}

	public String providerFor(String kycLevel) {
		return verifiedLevels.get(kycLevel);
	}

}
