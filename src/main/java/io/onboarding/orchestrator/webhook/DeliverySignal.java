package io.onboarding.orchestrator.webhook;

import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.WakeUpSignal;

/** Wakes this node's dispatcher when a transaction that recorded events commits. */
@Component
class DeliverySignal extends WakeUpSignal {

}
