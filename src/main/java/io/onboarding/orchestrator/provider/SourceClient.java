package io.onboarding.orchestrator.provider;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client as a provider holds it: {@code data.client} of its answer, still unchecked,
 * and the provider's own status of it.
 */
public record SourceClient(JsonNode client, String status, String kycStatus) {

	/** The client's data stays out of log lines and exception messages. */
	@Override
	public String toString() {
		return "SourceClient[status=" + status + ", kycStatus=" + kycStatus + "]";
	}
}
