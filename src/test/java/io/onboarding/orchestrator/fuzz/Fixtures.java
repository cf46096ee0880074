package io.onboarding.orchestrator.fuzz;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * What the requests of the fuzz test are about, made once over the API and shared by
 * every try: jqwik makes a test instance per property and injects it anew for every try,
 * while the service (and so its port) is the one all integration tests share. Each is
 * named as the endpoints name it, {@code ${corporate}}; a fixture that an accepted
 * request may delete or end (a relation, a webhook endpoint, an application) has a doomed
 * twin for that request.
 */
final class Fixtures {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static Fixtures current;

	private final int port;

	private final WebhookListener listener;

	private final Map<String, String> ids;

	private Fixtures(int port, WebhookListener listener, Map<String, String> ids) {
		this.port = port;
		this.listener = listener;
		this.ids = ids;
	}

	static synchronized Fixtures at(int port) {
		if (current == null || current.port != port) {
			current = create(port);
		}
		return current;
	}

	/**
	 * Ends what would otherwise go on after the test: the open applications are
	 * withdrawn, so that no review task waits in Tasklist for the tests that follow, and
	 * the webhook endpoints deleted.
	 */
	static synchronized void remove() {
		if (current == null) {
			return;
		}
		Api api = Api.at(current.port).asIntegrator();
		for (String application : List.of("application", "withdrawable")) {
			api.post("/applications/" + current.ids.get(application) + "/withdraw",
					Map.of("data", Map.of("reason", "the fuzz test is over")));
		}
		for (String endpoint : List.of("endpoint", "doomedEndpoint")) {
			api.delete("/webhooks/endpoints/" + current.ids.get(endpoint));
		}
		current.listener.close();
		current = null;
	}

	/**
	 * The text with every {@code ${name}} of a fixture replaced by its id; other text
	 * stays as it is.
	 */
	String render(String text) {
		if (text == null || !text.contains("${")) {
			return text;
		}
		String rendered = text;
		for (Map.Entry<String, String> id : ids.entrySet()) {
			rendered = rendered.replace("${" + id.getKey() + "}", id.getValue());
		}
		return rendered;
	}

	private static Fixtures create(int port) {
		Api api = Api.at(port).asIntegrator();
		WebhookListener listener = WebhookListener.start();
		try {
			Map<String, String> ids = new LinkedHashMap<>();
			ids.put("listener", listener.url(""));
			// subscribed before the clients are created, so that there are deliveries to
			// read and redeliver
			ids.put("endpoint",
					listener.subscribe(api, "/fixture", List.of("clients.*", "relations.*")).path("id").asText());
			ids.put("doomedEndpoint",
					listener.subscribe(api, "/doomed", List.of("migrations.completed")).path("id").asText());
			ids.put("corporate", clientId(api, withoutKyc(Payload.corporate())));
			ids.put("partner", clientId(api, withoutKyc(Payload.corporate())));
			JsonNode individual = created(api.post("/clients", withoutKyc(Payload.seed("individual-create-user")
				.set("data.client.profile.email", "fuzz." + UUID.randomUUID() + "@example.com"))));
			ids.put("individual", individual.path("client").path("id").asText());
			ids.put("user", individual.path("user").path("id").asText());
			JsonNode otherDirector = Endpoint.director();
			((ObjectNode) otherDirector.path("identity")).put("givenName", "Jane");
			JsonNode relations = created(api.post("/clients/" + ids.get("corporate") + "/relations",
					Payload.of("{\"workflow\": {\"code\": \"direct\"}}")
						.set("data.clientRelations", List.of(Endpoint.director(), otherDirector))));
			ids.put("relation", relations.path("clientRelations").path(0).path("id").asText());
			ids.put("doomedRelation", relations.path("clientRelations").path(1).path("id").asText());
			ids.put("applicant", clientId(api, Payload.individual().set("workflow.kycLevel", "FULL_KYC")));
			ids.put("withdrawer", clientId(api, Payload.individual().set("workflow.kycLevel", "FULL_KYC")));
			ids.put("migration", lastSegment(accepted(api.post("/clients", Payload.seed("migration")))));
			ids.put("batch", lastSegment(accepted(api.post("/migrations", Payload.of(Endpoint.BULK_MIGRATION)))));
			ids.put("application", applicationInReview(api, ids.get("applicant")));
			ids.put("withdrawable", applicationInReview(api, ids.get("withdrawer")));
			ids.put("delivery",
					await().atMost(PATIENCE)
						.pollInterval(Duration.ofMillis(200))
						.until(() -> api.get("/webhooks/deliveries?size=1&endpointId=" + ids.get("endpoint"))
							.json()
							.path("deliveries")
							.path(0)
							.path("id")
							.asText(), id -> !id.isEmpty()));
			for (Endpoint endpoint : Endpoint.ALL) {
				if (!ids.keySet().containsAll(endpoint.fixtures())) {
					throw new IllegalStateException("No fixture for " + endpoint + ": it names " + endpoint.fixtures());
				}
			}
			return new Fixtures(port, listener, ids);
		}
		catch (RuntimeException | AssertionError e) {
			listener.close();
			throw e;
		}
	}

	private static String clientId(Api api, Payload payload) {
		return created(api.post("/clients", payload)).path("client").path("id").asText();
	}

	/** Nothing of a client without KYC waits for an officer. */
	private static Payload withoutKyc(Payload payload) {
		return payload.set("workflow.kycLevel", "NOT_REQUIRED");
	}

	private static JsonNode created(Api.Response answer) {
		if (answer.status() != 201) {
			throw new IllegalStateException("A fixture of the fuzz test was refused: " + answer);
		}
		return answer.json().path("data");
	}

	private static String accepted(Api.Response answer) {
		if (answer.status() != 202 || answer.header("Location") == null) {
			throw new IllegalStateException("A fixture of the fuzz test was refused: " + answer);
		}
		return answer.header("Location");
	}

	private static String lastSegment(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static String applicationInReview(Api api, String clientId) {
		return await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> api.get("/clients/" + clientId).json().path("data").path("client").path("application"),
					application -> application.path("status").asText().equals("under_review"))
			.path("id")
			.asText();
	}

}
