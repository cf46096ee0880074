package io.onboarding.orchestrator.verification;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.provider.ClientSource;
import io.onboarding.orchestrator.provider.SourceClient;

/**
 * Verification providers as a migration's source: the applicant they verified on their
 * own, fetched from them and mapped like any provider's client (SPEC 6.1, 6.3).
 */
@Component
class ImportedApplicants implements ClientSource {

	private final VerificationProviders providers;

	ImportedApplicants(VerificationProviders providers) {
		this.providers = providers;
	}

	@Override
	public boolean serves(String provider) {
		return providers.has(provider);
	}

	@Override
	public Optional<SourceClient> fetchClient(String provider, String applicantId) {
		return providers.require(provider).fetchApplicant(applicantId);
	}

}
