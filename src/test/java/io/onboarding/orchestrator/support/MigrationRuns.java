package io.onboarding.orchestrator.support;

import java.util.UUID;

/**
 * How many migrations of a bulk migration ran at once, read exactly from the engine's
 * history rather than sampled: each migration's {@code client-migration} instance starts
 * when the feeder marks it running and ends in the transaction that completes it.
 */
public final class MigrationRuns {

	private MigrationRuns() {
	}

	/**
	 * SQL answering the largest number of the batch's migrations that ran at one moment.
	 */
	public static String maxConcurrentSql(UUID batchId) {
		return "WITH runs AS (SELECT p.start_time_ AS s, coalesce(p.end_time_, now()) AS e FROM act_hi_procinst p "
				+ "JOIN migrations m ON p.business_key_ = CAST(m.id AS VARCHAR) WHERE m.batch_id = '" + batchId
				+ "' AND p.proc_def_key_ = 'client-migration') "
				+ "SELECT coalesce(max((SELECT count(*) FROM runs o WHERE o.s <= r.s AND o.e > r.s)), 0) FROM runs r";
	}

}
