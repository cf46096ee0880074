package io.onboarding.orchestrator.infrastructure;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A loop that runs on every node while the service runs: a round of work, then a wait for
 * its wake-up signal or the poll interval. A failed round (the database away for a
 * moment) is logged without personal data and tried again after the poll interval.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final String name;

	private final WakeUpSignal signal;

	private volatile boolean running;

	private Thread loop;

	protected BackgroundLoop(String name, WakeUpSignal signal) {
		this.name = name;
		this.signal = signal;
	}

	/**
	 * One round of work. Returns whether more waits at once (then no wait before the
	 * next).
	 */
	protected abstract boolean round() throws InterruptedException;

	protected abstract Duration pollInterval();

	/** How long a stop waits for the round under way to end. */
	protected Duration stopTimeout() {
		return Duration.ofSeconds(5);
	}

	protected void starting() {
	}

	protected void stopped() {
	}

	@Override
	public void start() {
		starting();
		running = true;
		loop = new Thread(this::run, name);
		loop.setDaemon(true);
		loop.start();
	}

	@Override
	public void stop() {
		running = false;
		signal.wakeUp();
		if (loop != null) {
			try {
				loop.join(stopTimeout().toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		stopped();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// stop before the web server and the database pool stop
		return Integer.MAX_VALUE - 1000;
	}

	private void run() {
		while (running) {
			try {
				if (!round()) {
					signal.await(pollInterval());
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.warn("{} failed; trying again at the next poll: {}", name, SafeLog.describe(e));
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(pollInterval().toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
