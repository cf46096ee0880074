package io.onboarding.orchestrator.migration;

import static io.onboarding.orchestrator.migration.ClientMigrationProcess.CLIENT_CREATED;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.CLIENT_ID;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.FAILURE_REASON;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.MIGRATION_ID;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.SERVICE_PROVIDER;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.SOURCE_FOUND;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.SOURCE_ID;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.SOURCE_VALID;
import static io.onboarding.orchestrator.migration.ClientMigrationProcess.SOURCE_VERIFIED;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.onboarding.orchestrator.application.ApplicationService;
import io.onboarding.orchestrator.client.ClientService;
import io.onboarding.orchestrator.provider.ProviderClient;
import io.onboarding.orchestrator.provider.SourceClient;

/**
 * The steps of {@code client-migration}. From "Fetch source client" (after its save
 * point) to the end they run in one transaction, so the provider's answer is handed on in
 * memory ({@link SourceHandOff}) and never lands in the engine's tables; a failure
 * anywhere rolls back to the fetch, which is retried.
 */
@Configuration
class MigrationDelegates {

	@Bean
	JavaDelegate fetchSourceClient(ProviderClient providers, SourceHandOff handOff) {
		return execution -> {
			String provider = provider(execution);
			String sourceId = (String) execution.getVariable(SOURCE_ID);
			Optional<SourceClient> source;
			try {
				source = providers.fetchClient(provider, sourceId);
			}
			catch (ProviderClient.InvalidAnswerException e) {
				execution.setVariable(SOURCE_FOUND, true);
				execution.setVariable(FAILURE_REASON,
						provider + " answered with something that is not a client: " + e.getMessage());
				return;
			}
			execution.setVariable(SOURCE_FOUND, source.isPresent());
			if (source.isPresent()) {
				handOff.source(migrationId(execution), source.get());
			}
			else {
				execution.setVariable(FAILURE_REASON, "source client " + sourceId + " not found at " + provider);
			}
		};
	}

	@Bean
	JavaDelegate validateSourceClient(SourceMapping mapping, SourceHandOff handOff) {
		return execution -> {
			SourceClient source = handOff.source(migrationId(execution));
			if (source == null) {
				execution.setVariable(SOURCE_VALID, false);
				return;
			}
			SourceMapping.Mapped mapped = mapping.map(provider(execution), (String) execution.getVariable(SOURCE_ID),
					source);
			handOff.mapped(migrationId(execution), mapped);
			execution.setVariable(SOURCE_VALID, mapped.valid());
			if (mapped.valid()) {
				execution.setVariable(SOURCE_VERIFIED, mapped.verified());
			}
			else {
				execution.setVariable(FAILURE_REASON, mapped.reason());
			}
		};
	}

	/** "Create or update client" (see {@link MigrationService#storeClient}). */
	@Bean
	JavaDelegate storeMigratedClient(MigrationService migrations, SourceHandOff handOff) {
		return execution -> {
			UUID migrationId = migrationId(execution);
			MigrationService.StoredClient stored = migrations.storeClient(migrationId,
					handOff.mapped(migrationId).details());
			execution.setVariable(CLIENT_ID, stored.clientId().toString());
			execution.setVariable(CLIENT_CREATED, stored.created());
		};
	}

	@Bean
	JavaDelegate publishClientMigrated(ClientService clients) {
		return execution -> {
			UUID clientId = clientId(execution);
			clients.publishCreated(clientId);
			clients.publishConnected(clientId, provider(execution));
		};
	}

	/**
	 * The provider verified the client already: its application is approved by the
	 * migration, and it is active.
	 */
	@Bean
	JavaDelegate approveByMigration(ApplicationService applications, ClientService clients) {
		return execution -> {
			UUID clientId = clientId(execution);
			applications.approveByMigration(clientId, provider(execution));
			clients.activate(clientId);
		};
	}

	@Bean
	JavaDelegate completeMigration(MigrationService migrations) {
		return execution -> migrations.complete(migrationId(execution));
	}

	@Bean
	JavaDelegate failMigration(MigrationService migrations, SourceHandOff handOff) {
		return execution -> migrations.fail(migrationId(execution), (String) execution.getVariable(FAILURE_REASON),
				handOff.errors(migrationId(execution)));
	}

	private static String provider(DelegateExecution execution) {
		return (String) execution.getVariable(SERVICE_PROVIDER);
	}

	private static UUID migrationId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(MIGRATION_ID));
	}

	private static UUID clientId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(CLIENT_ID));
	}

}
