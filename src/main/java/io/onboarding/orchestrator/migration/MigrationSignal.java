package io.onboarding.orchestrator.migration;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.WakeUpSignal;

/**
 * Wakes this node's feeder when a bulk migration is queued or one of its migrations ends.
 */
@Component
class MigrationSignal extends WakeUpSignal {

}
