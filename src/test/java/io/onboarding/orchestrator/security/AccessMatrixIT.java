package io.onboarding.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * Every operation of the OpenAPI document, called without a key, with a wrong key and
 * with the integrator's key: 401 problem+json, 401 again, and 403 exactly where an
 * operator is needed; a provider's callback without its signature is 401 whatever key
 * comes with it. The document is read at run time, so an endpoint added tomorrow is
 * checked tomorrow.
 */
@IntegrationTest
class AccessMatrixIT {

	/**
	 * The operations only operators (compliance officers) may call, besides every one
	 * under {@code /screening/}.
	 */
	private static final Set<String> OPERATOR_ONLY = Set.of("PATCH /clients/{id}/compliance",
			"POST /applications/{id}/decision", "POST /clients/{clientId}/relations/{id}/decision",
			"GET /clients/{id}/case-file", "POST /clients/{id}/erasure");

	/** The operations a provider calls, authenticated by its signature alone. */
	private static final Set<String> SIGNED_BY_PROVIDER = Set.of("POST /providers/{name}/callbacks");

	@LocalServerPort
	int port;

	@Test
	void everyOperationNeedsAKeyAndOperatorOperationsAnOperator() {
		List<String> operations = operations();
		assertThat(operations).hasSizeGreaterThan(25).containsAll(OPERATOR_ONLY).containsAll(SIGNED_BY_PROVIDER);
		List<String> wrong = new ArrayList<>();
		for (String operation : operations) {
			String[] parts = operation.split(" ", 2);
			String path = parts[1].replace("{name}", "sumsub").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			String body = parts[0].equals("GET") || parts[0].equals("DELETE") ? null : "{}";
			check(wrong, operation, Api.at(port).send(parts[0], path, body, "application/json"), 401);
			check(wrong, operation, Api.at(port).as("not-a-key").send(parts[0], path, body, "application/json"), 401);
			Api.Response integrator = Api.at(port).asIntegrator().send(parts[0], path, body, "application/json");
			if (SIGNED_BY_PROVIDER.contains(operation)) {
				// the provider signs its callbacks; our keys mean nothing there
				check(wrong, operation, integrator, 401);
			}
			else if (OPERATOR_ONLY.contains(operation) || parts[1].startsWith("/screening/")) {
				check(wrong, operation, integrator, 403);
			}
			else if (integrator.status() == 401 || integrator.status() == 403) {
				wrong.add(operation + " as integrator -> " + integrator.status());
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void clientDataIsNeverCachedNorSniffed() {
		Api api = Api.at(port).asIntegrator();
		String client = api.post("/clients", Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		for (Api.Response answer : List.of(api.get("/clients/" + client), api.get("/clients?size=1"),
				api.get("/clients/" + UUID.randomUUID()), Api.at(port).get("/clients"))) {
			assertThat(answer.header("Cache-Control")).as(answer.toString()).contains("no-store");
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
		}
	}

	private List<String> operations() {
		JsonNode paths = Api.at(port).get("/v3/api-docs").json().path("paths");
		List<String> operations = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
		while (entries.hasNext()) {
			Map.Entry<String, JsonNode> path = entries.next();
			path.getValue().fieldNames().forEachRemaining(method -> {
				if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
					operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
				}
			});
		}
		return operations;
	}

	private static void check(List<String> wrong, String operation, Api.Response answer, int expected) {
		boolean problem = String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json");
		if (answer.status() != expected || !problem) {
			wrong.add(operation + " -> " + answer.status() + " " + answer.header("Content-Type") + ", expected "
					+ expected + " problem+json");
		}
	}

}
