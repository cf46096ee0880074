package io.onboarding.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * A client's view, built for every event about it, reads what lies beside the client once
 * per transaction, and again once the transaction changed it.
 */
@IntegrationTest
class ClientViewReadsIT {

	@LocalServerPort
	int port;

	@Autowired
	ClientViews views;

	@Autowired
	Clients clients;

	@Autowired
	ClientVerifications verifications;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
	}

	@Test
	void aTransactionReadsAClientsVerificationsOnce() {
		UUID id = active(Payload.individual());

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			ClientVerifications.Links first = verifications.links(id);
			views.view(clients.require(id), ClientIncludes.NONE);

			assertThat(verifications.links(id)).isSameAs(first);
		});
		assertThat(verifications.links(id)).as("outside a transaction, read each time")
			.isNotSameAs(verifications.links(id));
	}

	@Test
	void aChangeTheTransactionHasNotWrittenYetIsSeen() {
		UUID partner = active(Payload.corporate());
		UUID customer = active(Payload.individual());

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			assertThat(views.view(clients.require(partner), ClientIncludes.NONE).isSubClient()).isFalse();

			// pending in the entity until the next flush
			clients.require(customer).associateWith(clients.require(partner), false, Instant.now());

			assertThat(views.view(clients.require(partner), ClientIncludes.NONE).isSubClient()).isTrue();
			status.setRollbackOnly();
		});
	}

	/** Created, and its onboarding done: nothing in the background changes it then. */
	private UUID active(Payload payload) {
		String id = io.onboarding.orchestrator.support.Clients.created(api,
				payload.set("workflow.kycLevel", "NOT_REQUIRED"));
		io.onboarding.orchestrator.support.Clients.await(api, id,
				client -> "active".equals(client.path("status").asText()));
		return UUID.fromString(id);
	}

}
