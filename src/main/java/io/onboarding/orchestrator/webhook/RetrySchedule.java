package io.onboarding.orchestrator.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: at once, then after 5 s, 5 min, 30 min, 2 h, 5
 * h, 10 h and 10 h (about a day in all, as Svix does), each with ±10 % jitter so that an
 * endpoint coming back is not hit by every retry at once. A {@code Retry-After} the
 * endpoint sends is honoured.
 */
final class RetrySchedule {

	static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

	/** The first attempt and one per delay. */
	static final int MAX_ATTEMPTS = DELAYS.size() + 1;

	private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

	private RetrySchedule() {
	}

	/**
	 * The wait after the given number of failed attempts, or null once they are used up.
	 */
	static Duration after(int failedAttempts, Duration retryAfter) {
		if (failedAttempts >= MAX_ATTEMPTS) {
			return null;
		}
		Duration planned = DELAYS.get(failedAttempts - 1);
		long jitter = (long) (planned.toMillis() * 0.1 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
		Duration delay = planned.plusMillis(jitter);
		if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
			delay = retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter;
		}
		return delay;
	}

}
