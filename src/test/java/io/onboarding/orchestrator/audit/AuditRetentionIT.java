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
 * The audit trail is kept for the retention (five years) after the client's relationship
 * ended and removed after it, whatever the engine's history does; a client that is still
 * a client keeps all of it.
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
	void decisionsFiveYearsAfterTheRelationshipEndedGoAndTheOthersStay() {
		Api api = Api.at(port).asIntegrator();
		UUID oldDecision = decidedApplicationDecision(api, "decline");
		UUID recentDecision = decidedApplicationDecision(api, "decline");
		UUID activeClientsDecision = decidedApplicationDecision(api, "approve");
		age(oldDecision, FIVE_YEARS_AGO.minus(Duration.ofDays(1)));
		age(recentDecision, FIVE_YEARS_AGO.plus(Duration.ofDays(1)));
		age(activeClientsDecision, FIVE_YEARS_AGO.minus(Duration.ofDays(1)));

		assertThat(retention.deleteExpired()).isPositive();

		assertThat(count(oldDecision)).isZero();
		assertThat(count(recentDecision)).isOne();
		assertThat(count(activeClientsDecision)).as("the evidence of a client that is still one").isOne();
	}

	private static final Instant FIVE_YEARS_AGO = Instant.now().atZone(ZoneOffset.UTC).minusYears(5).toInstant();

	/** The decision, and the last change of its client, happened then. */
	private void age(UUID decision, Instant then) {
		jdbc.update("UPDATE application_decisions SET decided_at = ? WHERE id = ?", Timestamp.from(then), decision);
		jdbc.update(
				"UPDATE clients SET updated_at = ? WHERE id = (SELECT a.client_id FROM applications a "
						+ "JOIN application_decisions d ON d.application_id = a.id WHERE d.id = ?)",
				Timestamp.from(then), decision);
	}

	private long count(UUID decision) {
		return jdbc.queryForObject("SELECT count(*) FROM application_decisions WHERE id = ?", Long.class, decision);
	}

	/**
	 * An application an operator declined or approved: its review decision in the audit
	 * trail. Returns its id.
	 */
	private UUID decidedApplicationDecision(Api api, String decision) {
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
					Map.of("data", Map.of("decision", decision, "reason", "documents checked")));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/clients/" + clientId)
				.json()
				.path("data")
				.path("client")
				.path("status")
				.asText()
				.matches("rejected|active"));
		return jdbc.queryForObject("SELECT id FROM application_decisions WHERE application_id = ? AND step = 'review'",
				UUID.class, UUID.fromString(applicationId));
	}

}
