package io.onboarding.orchestrator.client;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the summaries of clients' applications; the application module provides them. */
public interface ClientApplications {

	Optional<ApplicationSummary> summary(UUID applicationId);

	Map<UUID, ApplicationSummary> summaries(Collection<UUID> applicationIds);

}
