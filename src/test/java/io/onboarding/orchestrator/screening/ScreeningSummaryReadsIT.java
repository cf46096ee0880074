package io.onboarding.orchestrator.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.onboarding.orchestrator.client.ClientScreenings;
import io.onboarding.orchestrator.support.IntegrationTest;

/**
 * A client's screening, as its view shows it, is read once per transaction until the
 * transaction screens one of its parties (written with SQL, not as an entity).
 */
@IntegrationTest
class ScreeningSummaryReadsIT {

	@Autowired
	ClientScreenings screenings;

	@Autowired
	Parties parties;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aPartyScreenedInTheTransactionIsSeen() {
		UUID clientId = UUID.randomUUID();
		ScreenedParty party = new ScreenedParty(UUID.randomUUID(), clientId, ScreenedParty.Kind.CLIENT, false,
				List.of("Reada Oncemore " + UUID.randomUUID().toString().substring(0, 8)), "1970-01-01", Set.of("IS"),
				Set.of());

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Optional<ClientScreenings.Summary> never = screenings.of(clientId);
			assertThat(never).isEmpty();
			assertThat(screenings.of(clientId)).isSameAs(never);

			parties.screened(party, Map.of("sanctions", 3), Instant.now());

			assertThat(screenings.of(clientId)).hasValueSatisfying(summary -> {
				assertThat(summary.status()).isEqualTo("clear");
				assertThat(summary.listVersions()).containsEntry("sanctions", 3);
			});
			status.setRollbackOnly();
		});
	}

}
