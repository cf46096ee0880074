package io.onboarding.orchestrator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

/** Clients as the integration tests make and watch them, over the API. */
public final class Clients {

	/** How long a client's onboarding may take to reach a state in a test. */
	public static final Duration PATIENCE = Duration.ofSeconds(30);

	private Clients() {
	}

	/** Creates the client, which must be a 201; returns its id. */
	public static String created(Api integrator, Payload payload) {
		Api.Response created = integrator.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	/** Reads the client until the condition holds; returns that read. */
	public static JsonNode await(Api api, String id, Predicate<JsonNode> condition) {
		JsonNode[] last = new JsonNode[1];
		Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = api.get("/clients/" + id).json().path("data").path("client");
			return condition.test(last[0]);
		});
		return last[0];
	}

}
