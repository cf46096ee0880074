package io.onboarding.orchestrator.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads applications with their decisions, as the API and the onboarding view show them.
 */
@Service
public class ApplicationQueries {

	private final Applications applications;

	private final DecisionRecords decisions;

	ApplicationQueries(Applications applications, DecisionRecords decisions) {
		this.applications = applications;
		this.decisions = decisions;
	}

	@Transactional(readOnly = true)
	public ApplicationView view(UUID applicationId) {
		return view(applications.require(applicationId));
	}

	/** Every application of the client, oldest first, each with its decisions. */
	@Transactional(readOnly = true)
	public List<ApplicationView> ofClient(UUID clientId) {
		return applications.findByClientIdOrderByCreatedAt(clientId).stream().map(this::view).toList();
	}

	private ApplicationView view(Application application) {
		return ApplicationView.of(application,
				decisions.findByApplicationIdOrderByDecidedAt(application.id())
					.stream()
					.map(DecisionRecord::view)
					.toList());
	}

}
