package io.onboarding.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.support.ContractCheck;

/**
 * Run after every other integration test (the log-scan execution): every response they
 * received from the API followed the served OpenAPI document (support/ContractCheck).
 */
class ResponsesFollowTheContract {

	@Test
	void everyResponseTheTestsReceivedIsOneTheDocumentDescribes() throws IOException {
		assertThat(ContractCheck.CHECKED).as("the integration tests ran and their responses were checked").exists();
		assertThat(Long.parseLong(Files.readString(ContractCheck.CHECKED).trim())).isPositive();
		List<String> violations = Files.exists(ContractCheck.VIOLATIONS)
				? Files.readAllLines(ContractCheck.VIOLATIONS).stream().distinct().sorted().toList() : List.of();
		assertThat(violations).as("responses the document does not describe").isEmpty();
	}

}
