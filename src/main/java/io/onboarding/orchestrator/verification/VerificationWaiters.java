package io.onboarding.orchestrator.verification;

import java.util.List;
import java.util.UUID;

/**
 * The applications that wait for a provider's verdict; the application module provides
 * them. A verdict is delivered in the transaction that records its callback.
 */
public interface VerificationWaiters {

	/** Where the application stands toward its verification. */
	enum State {

		/** It waits for the provider's verdict. */
		WAITING,
		/** It went on (to screening or review) or waits for something else. */
		IN_PROGRESS,
		/** It ended: a callback changes nothing for it. */
		DECIDED

	}

	State state(UUID applicationId);

	/** Hands the provider's verdict to the application that waits for it. */
	void deliver(UUID applicationId, ProviderEvent.Kind verdict, List<String> labels);

}
