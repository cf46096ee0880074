package io.onboarding.orchestrator.provider;

import java.util.Optional;

/**
 * Where a migration fetches a client from: a service provider ({@link ProviderClient}),
 * or a verification provider that verified the applicant on its own (the verification
 * module).
 */
public interface ClientSource {

	/** Whether this source answers for the named provider. */
	boolean serves(String provider);

	/**
	 * The client the provider holds under {@code sourceId}, or empty when it has none.
	 * @throws ProviderUnavailableException when the provider can't answer now
	 * @throws ProviderClient.InvalidAnswerException when it answered with something that
	 * is not a client
	 */
	Optional<SourceClient> fetchClient(String provider, String sourceId);

}
