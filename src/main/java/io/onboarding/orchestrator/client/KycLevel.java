package io.onboarding.orchestrator.client;

import java.util.Arrays;
import java.util.List;

/** How much verification a client needs (SPEC 3.1 compliance.kycLevel). */
public enum KycLevel {

	FULL_KYC, DOC_ONLY, NOT_REQUIRED;

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
