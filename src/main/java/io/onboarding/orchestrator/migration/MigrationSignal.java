package io.onboarding.orchestrator.migration;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes this node's feeder when a bulk migration is queued or one of its migrations ends, so the
 * next one starts at once instead of at the next poll.
 */
@Component
class MigrationSignal {

    private final Semaphore signal = new Semaphore(0);

    void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    void await(Duration timeout) throws InterruptedException {
        if (signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
