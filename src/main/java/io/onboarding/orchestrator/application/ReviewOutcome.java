package io.onboarding.orchestrator.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an officer decides at a review, as Tasklist's form and the API name it. */
enum ReviewOutcome {

	APPROVE, DECLINE, REQUEST_INFORMATION, RETURN_FOR_REVISION;

	String value() {
		return name().toLowerCase();
	}

	static Optional<ReviewOutcome> of(String value) {
		return Arrays.stream(values()).filter(o -> o.value().equals(value)).findFirst();
	}

	static List<String> valuesList() {
		return Arrays.stream(values()).map(ReviewOutcome::value).toList();
	}

}
