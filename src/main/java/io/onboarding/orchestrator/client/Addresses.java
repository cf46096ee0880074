package io.onboarding.orchestrator.client;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Further addresses of a corporate client; {@code addresses.trading} is accepted as the
 * trading address.
 */
public record Addresses(@JsonAlias("trading") Address tradingAddress) {
}
