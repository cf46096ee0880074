package io.onboarding.orchestrator.verification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientVerifications;

/** Tells the client module where its clients' verifications stand. */
@Component
class VerificationSummaries implements ClientVerifications {

	private final Verifications verifications;

	VerificationSummaries(Verifications verifications) {
		this.verifications = verifications;
	}

	/** The newest live link: the one the applicant is to use. */
	@Override
	@Transactional(readOnly = true)
	public Optional<Current> current(UUID clientId) {
		List<Verification> all = verifications.findByClientIdOrderByCreatedAt(clientId);
		for (int i = all.size() - 1; i >= 0; i--) {
			Verification verification = all.get(i);
			if (verification.isLive()) {
				VerificationView view = verification.view();
				return Optional.of(new Current(view.provider(), view.applicantId(), view.status().value(), view.url(),
						view.updatedAt(), view.status().kycStatus()));
			}
		}
		return Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProviderStatus> history(UUID clientId) {
		return verifications.findByClientIdOrderByCreatedAt(clientId)
			.stream()
			.map(Verification::view)
			.map(view -> new ProviderStatus(view.provider(), view.status().value(), view.applicantId(),
					view.createdAt(), view.deletedAt()))
			.toList();
	}

}
