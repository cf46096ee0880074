package io.onboarding.orchestrator.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.screening.lists.ListVersionWritten;

/**
 * The rescreens a list update asks for (table {@code screening_runs}): recorded in the
 * transaction that writes the new version, so none is lost, and claimed by one node at a
 * time for a lease that the node renews while it works; a node that dies lets its lease
 * run out and another takes the run over.
 */
@Component
class ScreeningRuns {

	static final Duration LEASE = Duration.ofMinutes(5);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ScreeningRuns(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Run(UUID id, String list, int version, Instant createdAt) {
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void versionWritten(ListVersionWritten written) {
		if (written.changedEntries() > 0) {
			jdbc.update(
					"INSERT INTO screening_runs (id, list_name, list_version, status, created_at) "
							+ "VALUES (?, ?, ?, 'queued', ?)",
					UUID.randomUUID(), written.list(), written.version(), Timestamp.from(clock.instant()));
		}
	}

	/** The oldest run waiting (or whose node let its lease run out), now this node's. */
	@Transactional
	Optional<Run> claim(String node) {
		Instant now = clock.instant();
		List<Run> waiting = jdbc.query(
				"SELECT id, list_name, list_version, created_at FROM screening_runs WHERE status = 'queued' "
						+ "OR (status = 'running' AND claimed_until < ?) ORDER BY created_at LIMIT 1",
				(rs, row) -> new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
						rs.getTimestamp(4).toInstant()),
				Timestamp.from(now));
		if (waiting.isEmpty()) {
			return Optional.empty();
		}
		Run run = waiting.get(0);
		int claimed = jdbc.update(
				"UPDATE screening_runs SET status = 'running', claimed_by = ?, claimed_until = ? WHERE id = ? "
						+ "AND (status = 'queued' OR (status = 'running' AND claimed_until < ?))",
				node, Timestamp.from(now.plus(LEASE)), run.id(), Timestamp.from(now));
		return claimed == 1 ? Optional.of(run) : Optional.empty();
	}

	@Transactional
	void renew(UUID run, String node) {
		jdbc.update("UPDATE screening_runs SET claimed_until = ? WHERE id = ? AND claimed_by = ?",
				Timestamp.from(clock.instant().plus(LEASE)), run, node);
	}

	@Transactional
	void finished(UUID run, int parties, int hits) {
		jdbc.update("UPDATE screening_runs SET status = 'done', parties = ?, hits = ?, finished_at = ? WHERE id = ?",
				parties, hits, Timestamp.from(clock.instant()), run);
	}

	/** Runs waiting or under way: what an operator and the tests wait for. */
	@Transactional(readOnly = true)
	long pending() {
		return jdbc.queryForObject("SELECT count(*) FROM screening_runs WHERE status <> 'done'", Long.class);
	}

}
