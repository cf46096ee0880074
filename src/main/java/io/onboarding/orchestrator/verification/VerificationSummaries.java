package io.onboarding.orchestrator.verification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientVerifications;
import io.onboarding.orchestrator.infrastructure.TransactionReads;

/** Tells the client module where its clients' verifications stand. */
@Component
class VerificationSummaries implements ClientVerifications {

	private final Verifications verifications;

	private final TransactionReads reads;

	VerificationSummaries(Verifications verifications, TransactionReads reads) {
		this.verifications = verifications;
		this.reads = reads;
	}

	private record LinksOf(UUID clientId) {
	}

	/** The newest live link is the one the applicant is to use. */
	@Override
	@Transactional(readOnly = true)
	public Links links(UUID clientId) {
		return reads.read(new LinksOf(clientId), Set.of("verifications"), () -> read(clientId));
	}

	private Links read(UUID clientId) {
		List<Verification> all = verifications.findByClientIdOrderByCreatedAt(clientId);
		Current current = null;
		for (int i = all.size() - 1; i >= 0 && current == null; i--) {
			if (all.get(i).isLive()) {
				VerificationView view = all.get(i).view();
				current = new Current(view.provider(), view.applicantId(), view.status().value(), view.url(),
						view.updatedAt(), view.status().kycStatus());
			}
		}
		return new Links(current,
				all.stream()
					.map(Verification::view)
					.map(view -> new ProviderStatus(view.provider(), view.status().value(), view.applicantId(),
							view.createdAt(), view.deletedAt()))
					.toList());
	}

}
