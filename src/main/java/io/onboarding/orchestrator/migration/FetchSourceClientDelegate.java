package io.onboarding.orchestrator.migration;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.provider.ClientSource;
import io.onboarding.orchestrator.provider.ProviderClient;
import io.onboarding.orchestrator.provider.SourceClient;

/**
 * "Fetch source client": the provider's client (a service provider's, or an applicant a
 * verification provider verified), kept with the migration for the steps after it. A
 * provider that can't answer fails the job, which is retried on its cycle.
 */
@Component("fetchSourceClient")
class FetchSourceClientDelegate implements JavaDelegate {

	private final List<ClientSource> sources;

	private final MigrationSteps migrations;

	FetchSourceClientDelegate(List<ClientSource> sources, MigrationSteps migrations) {
		this.sources = sources;
		this.migrations = migrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String provider = ClientMigrationProcess.serviceProvider(execution);
		String sourceId = ClientMigrationProcess.sourceId(execution);
		Optional<SourceClient> source;
		try {
			source = sourceOf(provider).fetchClient(provider, sourceId);
		}
		catch (ProviderClient.InvalidAnswerException e) {
			ClientMigrationProcess.sourceFound(execution, false,
					provider + " answered with something that is not a client: " + e.getMessage());
			return;
		}
		source.ifPresent(client -> migrations.fetched(ClientMigrationProcess.migrationId(execution), client));
		ClientMigrationProcess.sourceFound(execution, source.isPresent(),
				source.isPresent() ? null : "source client " + sourceId + " not found at " + provider);
	}

	/**
	 * A service provider, or a verification provider whose verified applicant is
	 * imported.
	 */
	private ClientSource sourceOf(String provider) {
		return sources.stream()
			.filter(source -> source.serves(provider))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No provider '" + provider + "' is configured"));
	}

}
