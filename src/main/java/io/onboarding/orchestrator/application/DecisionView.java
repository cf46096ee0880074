package io.onboarding.orchestrator.application;

import java.time.Instant;

/** A decision on an application: {@code {step, outcome, reason, actor, decidedAt}}. */
public record DecisionView(String step, String outcome, String reason, String actor, Instant decidedAt) {
}
