package io.onboarding.orchestrator.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.SafeLog;

/**
 * Deletes audit records older than the retention whose client's relationship ended longer
 * than the retention ago (closed, or rejected and untouched since), nightly (by
 * {@code onboarding.audit.cleanup-cron}, 05:30 by default, after the engine's history
 * cleanup window). The record-keeping period runs from the end of a relationship (SPEC
 * 7.4, 7.5): the decisions of a client who is still a client are its case file's evidence
 * however old they are. Independent of the engine: its history cleanup never touches
 * these tables. Deleting by age is idempotent, so every node may run it; the rows of one
 * run are gone for the next.
 */
@Component
class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	/** Each audit table and the column that dates its records. */
	private static final Map<String, String> TABLES = Map.of("application_decisions", "decided_at",
			"compliance_changes", "changed_at", "client_contracts", "accepted_at");

	/** How each table's record finds its client. */
	private static final Map<String, String> CLIENT = Map.of("application_decisions",
			"application_id IN (SELECT a.id FROM applications a WHERE a.client_id IN (%s))", "compliance_changes",
			"client_id IN (%s)", "client_contracts", "client_id IN (%s)");

	/** Clients whose relationship ended before the cutoff. */
	private static final String ENDED = "SELECT c.id FROM clients c WHERE (c.status = 'closed' AND c.closed_at < ?) "
			+ "OR (c.status IN ('rejected', 'auto_declined') AND c.updated_at < ?)";

	private final JdbcTemplate jdbc;

	private final AuditSettings settings;

	private final Clock clock;

	AuditRetention(JdbcTemplate jdbc, AuditSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${onboarding.audit.cleanup-cron:0 30 5 * * *}", zone = "UTC")
	void nightly() {
		try {
			deleteExpired();
		}
		catch (RuntimeException e) {
			log.warn("Audit retention could not run: {}", SafeLog.describe(e));
		}
	}

	/** Returns how many records were deleted. */
	int deleteExpired() {
		Timestamp cutoff = Timestamp
			.from(clock.instant().atZone(ZoneOffset.UTC).minus(settings.retention()).toInstant());
		int deleted = 0;
		for (Map.Entry<String, String> table : TABLES.entrySet()) {
			deleted += jdbc.update("DELETE FROM " + table.getKey() + " WHERE " + table.getValue() + " < ? AND "
					+ CLIENT.get(table.getKey()).formatted(ENDED), cutoff, cutoff, cutoff);
		}
		if (deleted > 0) {
			log.info("Audit retention deleted {} records older than {}", deleted, settings.retention());
		}
		return deleted;
	}

}
