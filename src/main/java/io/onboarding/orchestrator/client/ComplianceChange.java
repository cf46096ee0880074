package io.onboarding.orchestrator.client;

/**
 * What a compliance update did: whether the status moved, and whether it (un)blacklisted
 * the client.
 */
record ComplianceChange(boolean statusChanged, boolean blacklisted, boolean unblacklisted) {
}
