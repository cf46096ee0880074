package io.onboarding.orchestrator.client;

import jakarta.persistence.EntityManager;

import io.onboarding.orchestrator.infrastructure.LockedReads;

class ClientsForUpdateImpl extends LockedReads<Client> implements ClientsForUpdate {

	ClientsForUpdateImpl(EntityManager entityManager) {
		super(entityManager, Client.class);
	}

}
