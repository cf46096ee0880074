package io.onboarding.orchestrator.application;

import jakarta.persistence.EntityManager;

import io.onboarding.orchestrator.infrastructure.LockedReads;

class ApplicationsForUpdateImpl extends LockedReads<Application> implements ApplicationsForUpdate {

	ApplicationsForUpdateImpl(EntityManager entityManager) {
		super(entityManager, Application.class);
	}

}
