package io.onboarding.orchestrator.infrastructure;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Describes a failure for the log without its messages, which may quote personal data:
 * the chain of exception types and where the innermost one was thrown.
 */
public final class SafeLog {

	private static final int FRAMES = 8;

	private SafeLog() {
	}

	public static String describe(Throwable failure) {
		StringBuilder description = new StringBuilder();
		Throwable root = failure;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (!description.isEmpty()) {
				description.append(" <- ");
			}
			description.append(t.getClass().getName());
			root = t;
		}
		String frames = Arrays.stream(root.getStackTrace())
			.limit(FRAMES)
			.map(StackTraceElement::toString)
			.collect(Collectors.joining("\n\tat ", "\n\tat ", ""));
		return description + frames;
	}

}
