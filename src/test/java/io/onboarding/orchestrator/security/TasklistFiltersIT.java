package io.onboarding.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;

/**
 * The review queues are in Tasklist from the first start, and an officer can open them.
 */
@IntegrationTest
class TasklistFiltersIT {

	private static final String OFFICER = "filters-officer";

	private static final String PASSWORD = "filters-officer-password";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Test
	void anOfficerSeesTheReviewQueuesAndCanCountThem() {
		User user = identity.createUserQuery().userId(OFFICER).singleResult();
		if (user == null) {
			user = identity.newUser(OFFICER);
			user.setPassword(PASSWORD);
			identity.saveUser(user);
			identity.createMembership(OFFICER, ComplianceOfficers.COMPLIANCE);
		}
		Api officer = Api.at(port)
			.withHeader("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

		JsonNode filters = officer.get("/engine-rest/filter?resourceType=Task").json();
		List<String> names = new ArrayList<>();
		filters.forEach(f -> names.add(f.path("name").asText()));
		assertThat(names)
			.contains(TasklistFilters.MY_REVIEWS, TasklistFilters.COMPLIANCE_QUEUE, TasklistFilters.SENIOR_QUEUE)
			.doesNotHaveDuplicates();
		for (JsonNode filter : filters) {
			Api.Response count = officer.get("/engine-rest/filter/" + filter.path("id").asText() + "/count");
			assertThat(count.status()).as(filter.path("name").asText() + ": " + count).isEqualTo(200);
		}
	}

}
