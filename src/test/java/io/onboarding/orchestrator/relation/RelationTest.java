package io.onboarding.orchestrator.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.api.BusinessRuleException;
import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.client.Identity;
import io.onboarding.orchestrator.client.RiskLevel;

/** A related party's screening (SPEC 4, 5.3), as the entity guards it. */
class RelationTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aLowRiskPartyIsClearAndNeedsNoReview() {
		Relation relation = relation();

		relation.screened(RiskLevel.LOW, List.of(), NOW);

		assertThat(relation.isClear()).isTrue();
		assertThat(relation.view().screening().status()).isEqualTo("clear");
		assertThatThrownBy(() -> relation.reviewed(true, "olivia", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aHitIsReviewedOnce() {
		Relation relation = relation();
		relation.screened(RiskLevel.HIGH, List.of("watchlist_match"), NOW);
		assertThat(relation.view().screening().status()).isEqualTo("hit");

		relation.reviewed(false, "olivia", NOW);

		assertThat(relation.view().screening().status()).isEqualTo("rejected");
		assertThat(relation.view().screening().reviewedBy()).isEqualTo("olivia");
		assertThatThrownBy(() -> relation.reviewed(true, "sam", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aPersonNeverBecomesACompany() {
		Relation relation = relation();

		assertThatThrownBy(
				() -> relation
					.describe(new RelationInput("shareholder",
							new Identity(Identity.CORPORATE, null, null, null, null, "Holding Ltd", null, null, null,
									"GB", List.of(), null),
							null, null), NOW))
			.isInstanceOf(BusinessRuleException.class);
	}

	private static Relation relation() {
		Identity person = new Identity(Identity.INDIVIDUAL, "John", "Doe", null, "1980-01-01", null, null, null, null,
				"GB", List.of(), null);
		return new Relation(UUID.randomUUID(), UUID.randomUUID(), new RelationInput("director", person, null, null),
				NOW);
	}

}
