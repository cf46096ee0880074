package io.onboarding.orchestrator.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.api.ConflictException;
import io.onboarding.orchestrator.client.KycLevel;
import io.onboarding.orchestrator.provider.SourceClient;

/** One migration's way (SPEC 6.1), as the entity guards it. */
class MigrationTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aQueuedMigrationStartsKeepsTheAnswerAndLetsItGoWhenItCompletes() {
		Migration migration = migration(Migration.Status.QUEUED);
		assertThatThrownBy(() -> migration.fetched(source(), NOW)).isInstanceOf(ConflictException.class);

		migration.started(NOW);
		migration.fetched(source(), NOW);
		assertThat(migration.source()).isNotNull();
		UUID clientId = UUID.randomUUID();
		migration.stored(clientId, NOW);
		migration.complete(NOW);

		assertThat(migration.status()).isEqualTo(Migration.Status.COMPLETED);
		assertThat(migration.clientId()).isEqualTo(clientId);
		assertThat(migration.source()).isNull();
		assertThatThrownBy(() -> migration.fail("late", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aFailureKeepsItsReasonShortAndLetsTheAnswerGo() {
		Migration migration = migration(Migration.Status.RUNNING);
		migration.fetched(source(), NOW);

		migration.fail("x".repeat(3000), NOW);

		assertThat(migration.status()).isEqualTo(Migration.Status.FAILED);
		assertThat(migration.reason()).hasSize(2000).endsWith("...");
		assertThat(migration.source()).isNull();
		assertThatThrownBy(() -> migration.started(NOW)).isInstanceOf(ConflictException.class);
	}

	private static Migration migration(Migration.Status status) {
		return new Migration(UUID.randomUUID(), null, new MigrationOrder("railsbank", List.of("s1"), KycLevel.FULL_KYC),
				"s1", status, "test", NOW);
	}

	private static SourceClient source() {
		return new SourceClient(JsonNodeFactory.instance.objectNode(), "active", null);
	}

}
