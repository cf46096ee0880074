package io.onboarding.orchestrator.review;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.client.ClientLifecycle;
import io.onboarding.orchestrator.screening.ScreeningReviewProcess;

/**
 * "Freeze client and open a KYC review" (screening-review): a confirmed true match
 * freezes the client ({@code clients/status-changed}) and opens a review of it, unless an
 * application of the client is open already (that one decides).
 */
@Component("freezeForTrueMatch")
class FreezeForTrueMatchDelegate implements JavaDelegate {

	private final ClientLifecycle lifecycle;

	private final ClientDirectory clients;

	private final ClientReviewProcess reviews;

	FreezeForTrueMatchDelegate(ClientLifecycle lifecycle, ClientDirectory clients, ClientReviewProcess reviews) {
		this.lifecycle = lifecycle;
		this.clients = clients;
		this.reviews = reviews;
	}

	@Override
	@Transactional
	public void execute(DelegateExecution execution) {
		UUID clientId = ScreeningReviewProcess.clientId(execution);
		lifecycle.frozenByScreening(clientId);
		if (!reviews.hasOpenApplication(clientId) && !clients.snapshot(clientId).blacklisted()) {
			reviews.open(clientId, "screening", clients.snapshot(clientId).kycLevel().name());
		}
	}

}
