package io.onboarding.orchestrator.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A provider's labels are stored comma-separated in a column of 2,000 characters: a
 * reviewer's free comment must neither split into several labels nor overflow it.
 */
class ProviderEventTest {

	@Test
	void labelsKeepTheirCommasOutAndFitTheirColumn() {
		List<String> labels = new ArrayList<>(List.of("FORGERY", "Photo blurred, name differs, call back"));
		labels.add("x".repeat(5_000));
		for (int i = 0; i < 20; i++) {
			labels.add("LABEL_" + i);
		}
		labels.add(" ");

		ProviderEvent event = new ProviderEvent("e", "t", "a", "c", ProviderEvent.Kind.REJECTED_FINAL, labels,
				Instant.now());

		assertThat(event.labels()).hasSize(ProviderEvent.MAX_LABELS)
			.startsWith("FORGERY", "Photo blurred; name differs; call back")
			.allSatisfy(label -> assertThat(label).doesNotContain(",").hasSizeLessThanOrEqualTo(190));
		assertThat(String.join(",", event.labels()).length()).isLessThanOrEqualTo(2_000);
	}

}
