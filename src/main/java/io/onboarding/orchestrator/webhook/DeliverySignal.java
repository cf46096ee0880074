package io.onboarding.orchestrator.webhook;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes this node's dispatcher when a transaction that recorded events commits, so deliveries go
 * out at once instead of at the next poll. Other nodes find them at their next poll.
 */
@Component
class DeliverySignal {

    private final Semaphore signal = new Semaphore(0);

    void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits for a wake-up or the timeout, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        if (signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
