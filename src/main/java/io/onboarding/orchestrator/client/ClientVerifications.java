package io.onboarding.orchestrator.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a client's identity verifications at providers stand (SPEC 6.3); the verification
 * module provides them.
 */
public interface ClientVerifications {

	/** The link the client's applicant is to use now, if a provider verifies it. */
	default Optional<Current> current(UUID clientId) {
		return Optional.ofNullable(links(clientId).current());
	}

	/** The client's links, read at once: the current one and every one. */
	Links links(UUID clientId);

	/**
	 * The link the applicant is to use now ({@code null} when none) and every link any
	 * provider issued for the client, replaced ones with {@code deletedAt}.
	 */
	record Links(Current current, List<ProviderStatus> history) {

		/** A client no provider has been asked to verify. */
		public static final Links NONE = new Links(null, List.of());

	}

	/** {@code verification = {provider, applicantId, status, url, updatedAt}}. */
	record Current(String provider, String applicantId, String status, String url, Instant updatedAt,
			@com.fasterxml.jackson.annotation.JsonIgnore KycStatus kycStatus) {
	}

	/**
	 * {@code providerStatuses[] = {provider, status, applicantId, createdAt, deletedAt}}.
	 */
	record ProviderStatus(String provider, String status, String applicantId, Instant createdAt, Instant deletedAt) {
	}

}
