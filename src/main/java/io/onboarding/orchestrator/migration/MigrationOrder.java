package io.onboarding.orchestrator.migration;

import java.util.List;

import io.onboarding.orchestrator.client.KycLevel;

/**
 * A checked request to migrate: from which provider, which of its clients, at which KYC
 * level.
 */
public record MigrationOrder(String serviceProvider, List<String> sourceIds, KycLevel kycLevel) {
}
