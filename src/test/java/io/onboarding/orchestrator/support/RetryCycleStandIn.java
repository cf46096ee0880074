package io.onboarding.orchestrator.support;

/**
 * Stands in for the {@code providerRetries} bean in process tests, so that they check the
 * diagrams read the retry cycle from it: every provider gets {@value #CYCLE}.
 */
public class RetryCycleStandIn {

	public static final String CYCLE = "R3/PT1M";

	public String cycle(String provider) {
		return CYCLE;
	}

}
