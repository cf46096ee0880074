package io.onboarding.orchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * The audit trail is kept for the retention (five years) and removed after it, whatever
 * the engine's history does.
 */
@IntegrationTest
class AuditRetentionIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditRetention retention;

	@Test
	void decisionsOlderThanFiveYearsGoAndYoungerOnesStay() {
		Api api = Api.at(port).asIntegrator();
		UUID oldDecision = decidedApplicationDecision(api);
		UUID recentDecision = decidedApplicationDecision(api);
		jdbc.update("UPDATE application_decisions SET decided_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().atZone(ZoneOffset.UTC).minusYears(5).minusDays(1).toInstant()),
				oldDecision);
		jdbc.update("UPDATE application_decisions SET decided_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().atZone(ZoneOffset.UTC).minusYears(5).plusDays(1).toInstant()),
				recentDecision);

		assertThat(retention.deleteExpired()).isPositive();

		assertThat(count(oldDecision)).isZero();
		assertThat(count(recentDecision)).isOne();
	}

	private long count(UUID decision) {
		return jdbc.queryForObject("SELECT count(*) FROM application_decisions WHERE id = ?", Long.class, decision);
	}

	/**
	 * An application declined by an operator: one decision in the audit trail. Returns
	 * its id.
	 */
	private UUID decidedApplicationDecision(Api api) {
		String clientId = api.post("/clients", Payload.individual())
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "under_review".equals(api.get("/clients/" + clientId)
				.json()
				.path("data")
				.path("client")
				.path("application")
				.path("status")
				.asText()));
		String applicationId = api.get("/clients/" + clientId)
			.json()
			.path("data")
			.path("client")
			.path("application")
			.path("id")
			.asText();
		Api.at(port)
			.asOperator()
			.post("/applications/" + applicationId + "/decision",
					Map.of("data", Map.of("decision", "decline", "reason", "documents forged")));
		return jdbc.queryForObject("SELECT id FROM application_decisions WHERE application_id = ?", UUID.class,
				UUID.fromString(applicationId));
	}

}
