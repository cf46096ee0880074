package io.onboarding.orchestrator.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.client.ApplicationSummary;
import io.onboarding.orchestrator.client.ClientApplications;

/** Tells the client module where its clients' applications stand. */
@Component
class ApplicationSummaries implements ClientApplications {

	private final Applications applications;

	ApplicationSummaries(Applications applications) {
		this.applications = applications;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationSummary> summary(UUID applicationId) {
		return applications.findById(applicationId).map(ApplicationSummaries::summaryOf);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, ApplicationSummary> summaries(Collection<UUID> applicationIds) {
		return applications.findAllById(applicationIds)
			.stream()
			.collect(Collectors.toMap(Application::id, ApplicationSummaries::summaryOf));
	}

	private static ApplicationSummary summaryOf(Application application) {
		return new ApplicationSummary(application.id(), application.status().value(),
				application.decision() == null ? null : application.decision().value(), application.kycStatus());
	}

}
