package io.onboarding.orchestrator.verification;

import java.util.Map;
import java.util.Optional;

import io.onboarding.orchestrator.provider.SourceClient;

/**
 * An identity-verification provider as the service uses it (SPEC 6.3). Calls that may
 * succeed later throw
 * {@link io.onboarding.orchestrator.provider.ProviderUnavailableException}; the process
 * retries them on the provider's cycle.
 */
public interface VerificationProvider {

	/** Its name in configuration and in {@code /providers/{name}/callbacks}. */
	String name();

	/**
	 * Registers the applicant and returns the provider's id of it with the end user's
	 * link.
	 */
	Registration register(Applicant applicant);

	/** A fresh link for an applicant the provider knows, after a retry or a reset. */
	Registration renewLink(String applicantId, Applicant applicant);

	/**
	 * Checks that the callback comes from the provider: its signature over the raw body.
	 * @param headers the request's headers, names in lower case
	 * @throws io.onboarding.orchestrator.api.UnauthenticatedException when it does not
	 */
	void authenticate(Map<String, String> headers, byte[] body);

	/**
	 * Reads an authenticated callback.
	 * @throws io.onboarding.orchestrator.api.InvalidRequestException when it is not a
	 * callback of this provider
	 */
	ProviderEvent read(byte[] body);

	/**
	 * The applicant as the provider holds it, in the envelope of SPEC 3.1, for the import
	 * of applicants it verified on its own; empty when it has none.
	 */
	Optional<SourceClient> fetchApplicant(String applicantId);

}
