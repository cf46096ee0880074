package io.onboarding.orchestrator.client;

import java.util.Arrays;
import java.util.List;

/** How much verification a client needs (SPEC 3.1 compliance.kycLevel). */
public enum KycLevel {

	FULL_KYC, DOC_ONLY, NOT_REQUIRED;

	/** Whether this level asks more of a client than {@code other}. */
	public boolean isAbove(KycLevel other) {
		return strictness() > other.strictness();
	}

	private int strictness() {
		return switch (this) {
			case NOT_REQUIRED -> 0;
			case DOC_ONLY -> 1;
			case FULL_KYC -> 2;
		};
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
