package io.onboarding.orchestrator.migration;

import jakarta.persistence.EntityManager;

import io.onboarding.orchestrator.infrastructure.LockedReads;

// "Create or update client" has read the migration and locked its source's rows: the
// lock then checks the version it read instead of reading the row again.
class MigrationsForUpdateImpl extends LockedReads<Migration> implements MigrationsForUpdate {

	MigrationsForUpdateImpl(EntityManager entityManager) {
		super(entityManager, Migration.class);
	}

}
