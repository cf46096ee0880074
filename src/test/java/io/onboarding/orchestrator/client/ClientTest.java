package io.onboarding.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;

/**
 * A client's status and its account rules (SPEC 3.1, 7.1, 7.3), as the entity guards
 * them.
 */
class ClientTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aPendingClientIsActivatedOnceAndStaysActive() {
		Client client = client(Identity.INDIVIDUAL);

		assertThat(client.activate(NOW)).isTrue();
		assertThat(client.status()).isEqualTo(ClientStatus.ACTIVE);
		assertThat(client.activate(NOW)).as("an onboarding run again ends here too").isFalse();
	}

	@Test
	void aClosedClientStaysClosedAndOnlyThenIsErased() {
		Client client = client(Identity.INDIVIDUAL);
		client.activate(NOW);
		assertThatThrownBy(() -> client.erase(NOW)).as("an active relationship is not erased")
			.isInstanceOf(ConflictException.class);

		client.close(NOW);
		assertThat(client.status()).isEqualTo(ClientStatus.CLOSED);
		assertThat(client.closedAt()).isEqualTo(NOW);
		assertThat(client.nextReviewAt()).isNull();
		assertThat(client.rejected(false, NOW)).as("its withdrawn application leaves it closed").isFalse();
		assertThat(client.activate(NOW)).isFalse();
		assertThat(client.reviewEnded(true, NOW, NOW)).isFalse();
		assertThat(client.status()).isEqualTo(ClientStatus.CLOSED);
		assertThatThrownBy(() -> client.changeCompliance(update(true, "late"), NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> client.close(NOW)).isInstanceOf(ConflictException.class);

		assertThat(client.erase(NOW)).isTrue();
		assertThat(client.erasedAt()).isEqualTo(NOW);
		assertThat(client.description().fullName()).isEmpty();
		assertThat(client.description().identity().type()).isEqualTo(Identity.INDIVIDUAL);
		assertThat(client.description().identity().givenName()).isNull();
		assertThat(client.description().profile().email()).isNull();
		assertThat(client.erase(NOW)).as("erased once").isFalse();
	}

	@Test
	void aRejectedClientCantBeActivated() {
		Client client = client(Identity.INDIVIDUAL);
		client.rejected(true, NOW);

		assertThat(client.status()).isEqualTo(ClientStatus.AUTO_DECLINED);
		assertThatThrownBy(() -> client.activate(NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void blacklistingFreezesNeedsACommentAndLiftingItReopens() {
		Client client = client(Identity.INDIVIDUAL);
		assertThatThrownBy(() -> client.changeCompliance(update(true, null), NOW))
			.isInstanceOf(BusinessRuleException.class);

		ComplianceChange frozen = client.changeCompliance(update(true, "sanctions list match"), NOW);

		assertThat(frozen).isEqualTo(new ComplianceChange(true, true, false));
		assertThat(client.status()).isEqualTo(ClientStatus.FROZEN);
		assertThat(client.activate(NOW)).as("a frozen client stays frozen").isFalse();
		assertThat(client.rejected(false, NOW)).isFalse();
		assertThatThrownBy(() -> client.applicationOpened(UUID.randomUUID(), NOW))
			.isInstanceOf(IllegalStateException.class);

		ComplianceChange lifted = client.changeCompliance(update(false, null), NOW);
		assertThat(lifted).isEqualTo(new ComplianceChange(true, false, true));
		assertThat(client.status()).isEqualTo(ClientStatus.PENDING);
	}

	@Test
	void blockingAndRiskChangeNoStatus() {
		Client client = client(Identity.INDIVIDUAL);
		client.activate(NOW);

		ComplianceChange change = client
			.changeCompliance(new ComplianceUpdate(RiskLevel.HIGH, null, null, true, "watch", null, false), NOW);

		assertThat(change.statusChanged()).isFalse();
		assertThat(client.status()).isEqualTo(ClientStatus.ACTIVE);
		assertThat(client.compliance().view().blocked()).isTrue();
		assertThat(client.compliance().riskLevel()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void subClientsFormNoChains() {
		Client customer = client(Identity.CORPORATE);
		Client subClient = client(Identity.CORPORATE);
		Client other = client(Identity.CORPORATE);

		assertThatThrownBy(() -> customer.associateWith(customer, false, NOW)).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("own sub-client");
		assertThatThrownBy(() -> customer.associateWith(subClient, true, NOW)).as("a client with customers of its own")
			.isInstanceOf(BusinessRuleException.class);

		customer.associateWith(subClient, false, NOW);
		assertThat(customer.subClientId()).isEqualTo(subClient.id());
		assertThatThrownBy(() -> other.associateWith(customer, false, NOW))
			.as("a client associated with a sub-client can't be one")
			.isInstanceOf(BusinessRuleException.class);
		customer.dissociate(NOW);
		assertThat(customer.subClientId()).isNull();
	}

	@Test
	void theIdentityTypeNeverChanges() {
		Client client = client(Identity.INDIVIDUAL);

		assertThatThrownBy(() -> client.describe(details(Identity.CORPORATE), NOW))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("can't change");
	}

	private static ComplianceUpdate update(boolean blacklisted, String comment) {
		return new ComplianceUpdate(null, blacklisted, comment, null, null, null, false);
	}

	private static Client client(String type) {
		return new Client(UUID.randomUUID(), "12345678", new NewClient(details(type), KycLevel.FULL_KYC, null), "test",
				NOW);
	}

	private static ClientDetails details(String type) {
		Identity identity = Identity.INDIVIDUAL.equals(type)
				? new Identity(type, "Ada", "Lovelace", null, "1990-01-01", null, null, null, null, "GB", List.of(),
						null)
				: new Identity(type, null, null, null, null, "Analytical Engines Ltd", null, "2001-01-01", null, "GB",
						List.of(), null);
		Profile profile = new Profile(type, null, null, null, "ada@example.com", null, null, null, null);
		return new ClientDetails(identity, profile, null, Map.of());
	}

}
