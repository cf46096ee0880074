package io.onboarding.orchestrator.review;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.application.ApplicationLifecycle;
import io.onboarding.orchestrator.client.ClientDirectory;
import io.onboarding.orchestrator.infrastructure.ProcessVariables;
import io.onboarding.orchestrator.webhook.EventPublisher;

/**
 * The {@code client-review} process (SPEC 5.5): the review of an active client, as a KYC
 * application of its kind (periodic, level_change, screening), and what its decision
 * means for the client. Business key: the client's id.
 */
@Component
public class ClientReviewProcess {

	public static final String KEY = "client-review";

	public static final String CLIENT_ID = "clientId";

	public static final String APPLICATION_ID = "applicationId";

	public static final String KYC_LEVEL = "kycLevel";

	public static final String KIND = "reviewKind";

	private final RuntimeService runtime;

	private final ApplicationLifecycle applications;

	private final ClientDirectory clients;

	private final EventPublisher events;

	ClientReviewProcess(RuntimeService runtime, ApplicationLifecycle applications, ClientDirectory clients,
			EventPublisher events) {
		this.runtime = runtime;
		this.applications = applications;
		this.clients = clients;
		this.events = events;
	}

	/**
	 * Opens the review's application and starts its process, in the caller's transaction;
	 * publishes {@code reviews/due}. Returns the application's id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID open(UUID clientId, String kind, String kycLevel) {
		UUID applicationId = applications.openReview(clientId, kind);
		runtime.startProcessInstanceByKey(KEY, clientId.toString(), Map.of(CLIENT_ID, clientId.toString(),
				APPLICATION_ID, applicationId.toString(), KYC_LEVEL, kycLevel, KIND, kind));
		events.publish("reviews", "due", clientId, () -> Map.of("review",
				Map.of("clientId", clientId, "applicationId", applicationId, "kind", kind, "kycLevel", kycLevel)),
				Map.of());
		return applicationId;
	}

	/** Whether the client has an application open already (then no other opens). */
	boolean hasOpenApplication(UUID clientId) {
		UUID applicationId = clients.snapshot(clientId).applicationId();
		return applicationId != null && applications.isOpen(applicationId);
	}

	static UUID clientId(VariableScope scope) {
		return ProcessVariables.id(scope, CLIENT_ID);
	}

}
