package io.onboarding.orchestrator.migration;

import java.util.Optional;
import java.util.UUID;

/** The part of {@link Migrations} that locks a migration's row to move it. */
interface MigrationsForUpdate {

	Optional<Migration> findForUpdate(UUID id);

}
