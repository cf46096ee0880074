package io.onboarding.orchestrator.infrastructure;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes a background loop of this node when there is work for it, so that work goes out
 * at once instead of at the loop's next poll. Wake-ups coalesce: many before the loop
 * looks count as one. Other nodes find the work at their next poll.
 */
public class WakeUpSignal {

	private final Semaphore signal = new Semaphore(0);

	public void wakeUp() {
		if (signal.availablePermits() == 0) {
			signal.release();
		}
	}

	/**
	 * Wakes the loop once the current transaction has committed what it is to find (now,
	 * without one).
	 */
	public void wakeUpAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wakeUp();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wakeUp();
			}
		});
	}

	/** Waits for a wake-up or the timeout, whichever comes first. */
	public void await(Duration timeout) throws InterruptedException {
		if (signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			signal.drainPermits();
		}
	}

}
