package io.onboarding.orchestrator.screening.lists;

/**
 * A new version of a list is being written, in the transaction that writes it: what
 * changed must be screened against every party, and that is recorded in the same
 * transaction.
 */
public record ListVersionWritten(String list, int version, int changedEntries) {
}
