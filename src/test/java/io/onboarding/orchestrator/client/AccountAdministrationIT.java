package io.onboarding.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/** Sub-client associations, contracts and end users (SPEC 7.1, 7.2, 3.2). */
@IntegrationTest
class AccountAdministrationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
	}

	@Test
	void aCustomerIsAssociatedWithASubClientAndDissociated() {
		String partner = create(Payload.corporate().set("data.client.identity.legalName", "Partner Corp"));
		String customer = create(Payload.individual());

		Api.Response associated = associate(customer, partner);

		assertThat(associated.status()).as(associated.toString()).isEqualTo(200);
		JsonNode client = associated.json().path("data").path("client");
		assertThat(client.path("subClientId").asText()).isEqualTo(partner);
		assertThat(client.path("subClientName").asText()).isEqualTo("Partner Corp");
		assertThat(client.path("isSubClient").asBoolean()).isFalse();
		assertThat(read(partner).path("isSubClient").asBoolean()).isTrue();
		assertThat(api.get("/clients?subClientId=" + partner).json().path("data").path("clients"))
			.extracting(c -> c.path("id").asText())
			.containsExactly(customer);
		assertThat(new Database(jdbc).eventsOf(UUID.fromString(customer)))
			.extracting(e -> e.get("module") + "/" + e.get("type"))
			.contains("clients/sub-client-updated");

		Api.Response dissociated = associate(customer, null);
		assertThat(dissociated.status()).isEqualTo(200);
		assertThat(dissociated.json().path("data").path("client").has("subClientId")).isFalse();
		assertThat(read(partner).path("isSubClient").asBoolean()).as("derived, never stale").isFalse();
	}

	@Test
	void theAssociationRulesAreEnforced() {
		String partner = create(Payload.corporate());
		String customer = create(Payload.individual());
		String other = create(Payload.individual());
		assertThat(associate(customer, partner).status()).isEqualTo(200);

		assertRule(associate(other, other), "own sub-client");
		assertRule(associate(other, UUID.randomUUID().toString()), "does not exist");
		assertRule(associate(other, customer), "itself associated with a sub-client");
		assertRule(associate(partner, other), "customers of its own");
		assertThat(associate(UUID.randomUUID().toString(), partner).status()).isEqualTo(404);

		assertThat(api.patch("/clients/" + other + "/sub-client", Map.of("data", Map.of("subClientId", "xyz")))
			.errorFields()).containsExactly("data.subClientId");
		assertThat(api.patch("/clients/" + other + "/sub-client", Map.of("data", Map.of())).errorFields())
			.containsExactly("data.subClientId");
	}

	@Test
	void associationsMadeAtOnceNeverBuildAChain() throws Exception {
		for (int round = 0; round < 8; round++) {
			String a = create(Payload.individual());
			String b = create(Payload.individual());
			String c = create(Payload.individual());
			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<Integer> aToB = CompletableFuture
				.supplyAsync(() -> await(together, () -> associate(a, b)));
			CompletableFuture<Integer> bToC = CompletableFuture
				.supplyAsync(() -> await(together, () -> associate(b, c)));

			List<Integer> statuses = List.of(aToB.get(), bToC.get());

			assertThat(statuses).containsExactlyInAnyOrder(200, 422);
			Integer chains = jdbc.queryForObject(
					"SELECT count(*) FROM clients x JOIN clients y ON x.sub_client_id = y.id "
							+ "WHERE y.sub_client_id IS NOT NULL AND x.id IN (?, ?, ?)",
					Integer.class, UUID.fromString(a), UUID.fromString(b), UUID.fromString(c));
			assertThat(chains).isZero();
		}
	}

	@Test
	void aContractFromTheCatalogueIsAcceptedAndItsHistoryKept() {
		String client = create(Payload.corporate());

		Api.Response first = api.patch("/clients/" + client + "/contract",
				Map.of("data", Map.of("contract", "BasicContract", "termsVersion", "2022-07-06")));
		Api.Response second = api.patch("/clients/" + client + "/contract",
				Map.of("data", Map.of("contract", "BasicContract", "termsVersion", "2024-01-01")));

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		JsonNode accepted = second.json().path("data").path("client");
		assertThat(accepted.path("contract").asText()).isEqualTo("BasicContract");
		assertThat(accepted.path("termsVersion").asText()).isEqualTo("2024-01-01");
		assertThat(accepted.path("termsAcceptedAt").asText()).isNotBlank();
		JsonNode history = api.get("/clients/" + client + "/contracts").json();
		assertThat(history.path("data").path("contracts")).extracting(c -> c.path("termsVersion").asText())
			.containsExactly("2024-01-01", "2022-07-06");
		assertThat(history.path("data").path("contracts").get(0).path("changedBy").asText())
			.isEqualTo("test-integrator");
		assertThat(new Database(jdbc).eventsOf(UUID.fromString(client)))
			.extracting(e -> e.get("module") + "/" + e.get("type"))
			.contains("clients/contract-updated");
	}

	@Test
	void aContractWithoutATermsVersionIsAcceptedInTheTermsInForce() {
		String client = create(Payload.individual());

		// the Finhost seed's request: the contract alone
		Api.Response accepted = api.patch("/clients/" + client + "/contract",
				Map.of("data", Map.of("contract", "BasicContract")));

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		JsonNode stored = accepted.json().path("data").path("client");
		assertThat(stored.path("contract").asText()).isEqualTo("BasicContract");
		assertThat(stored.path("termsVersion").asText()).isEqualTo("current");
		assertThat(java.time.Instant.parse(stored.path("termsAcceptedAt").asText())).isCloseTo(java.time.Instant.now(),
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
	}

	@Test
	void contractsOutsideTheCatalogueAreRefused() {
		String client = create(Payload.individual());

		Api.Response unknown = api.patch("/clients/" + client + "/contract",
				Map.of("data", Map.of("contract", "PlatinumContract", "termsVersion", "1")));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactly("data.contract");
		assertThat(api.patch("/clients/" + client + "/contract", Map.of("data", Map.of())).errorFields())
			.containsExactly("data.contract");
		assertThat(api
			.patch("/clients/" + UUID.randomUUID() + "/contract",
					Map.of("data", Map.of("contract", "BasicContract", "termsVersion", "1")))
			.status()).isEqualTo(404);
		assertThat(api.get("/clients/" + UUID.randomUUID() + "/contracts").status()).isEqualTo(404);
	}

	@Test
	void aUserShowsTheClientsItActsForAndAClientItsUsers() {
		String email = "owner." + System.nanoTime() + "@example.com";
		JsonNode first = api
			.post("/clients",
					Payload.individual().set("workflow.createUser", true).set("data.client.profile.email", email))
			.json()
			.path("data");
		JsonNode second = api
			.post("/clients",
					Payload.individual()
						.set("workflow.createUser", true)
						.set("data.client.profile.email", email.toUpperCase()))
			.json()
			.path("data");
		String userId = first.path("user").path("id").asText();

		JsonNode user = api.get("/users/" + userId).json().path("data");
		assertThat(user.path("user").path("email").asText()).isEqualTo(email);
		assertThat(user.path("userClientRelations")).extracting(r -> r.path("clientId").asText())
			.containsExactly(first.path("client").path("id").asText(), second.path("client").path("id").asText());

		JsonNode users = api.get("/clients/" + second.path("client").path("id").asText() + "/users").json();
		assertThat(users.path("data").path("users")).extracting(u -> u.path("user").path("id").asText())
			.containsExactly(userId);
		assertThat(api.get("/users/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.get("/clients/" + UUID.randomUUID() + "/users").status()).isEqualTo(404);
	}

	private Api.Response associate(String client, String subClient) {
		Map<String, Object> data = new HashMap<>();
		data.put("subClientId", subClient);
		return api.patch("/clients/" + client + "/sub-client", Map.of("data", data));
	}

	private static void assertRule(Api.Response response, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.json().path("detail").asText()).contains(detail);
		assertThat(response.errorFields()).containsExactly("data.subClientId");
	}

	private JsonNode read(String id) {
		return api.get("/clients/" + id).json().path("data").path("client");
	}

	private String create(Payload payload) {
		Api.Response created = api.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private static Integer await(CyclicBarrier barrier, java.util.function.Supplier<Api.Response> call) {
		try {
			barrier.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return call.get().status();
	}

}
