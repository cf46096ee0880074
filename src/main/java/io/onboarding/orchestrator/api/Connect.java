package io.onboarding.orchestrator.api;

/**
 * The {@code connect} part of a request envelope: which external service provider is
 * concerned.
 */
public record Connect(String type, String serviceProvider) {
}
