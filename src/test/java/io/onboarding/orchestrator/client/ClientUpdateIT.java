package io.onboarding.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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

/**
 * {@code PATCH /clients/{id}}: the seed's updates and the patch semantics of SPEC 3.2.
 */
@IntegrationTest
class ClientUpdateIT {

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
	void seedIndividualUpdateReplacesIdentityFieldsAndTheProfile() {
		String id = create(Payload.individual());

		Api.Response updated = api.patch("/clients/" + id, Payload.seed("patch-individual"));

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		JsonNode client = updated.json().path("data").path("client");
		assertThat(client.path("fullName").asText()).isEqualTo("Michael Johnson");
		assertThat(client.path("identity").path("birthDate").asText()).isEqualTo("1953-01-06");
		assertThat(client.path("identity").path("identifications").get(0).path("identificationNumber").asText())
			.as("identity fields not given stay")
			.isEqualTo("12345678");
		assertThat(client.path("profile").path("phone").asText()).isEqualTo("+4412345678");
		assertThat(client.path("profile").path("residentialAddress").path("postalCode").asText()).isEqualTo("EC1Y 1AA");
		assertThat(client.path("profile").path("residentialAddress").has("refinement"))
			.as("the profile is replaced whole")
			.isFalse();
		assertThat(api.get("/clients/" + id).json().path("data").path("client").path("fullName").asText())
			.isEqualTo("Michael Johnson");
	}

	@Test
	void seedCorporateUpdatesApply() {
		String id = create(Payload.corporate());

		Api.Response updated = api.patch("/clients/" + id, Payload.seed("patch-corporate"));

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		JsonNode client = updated.json().path("data").path("client");
		assertThat(client.path("identity").path("corporationType").asText()).isEqualTo("ltd");
		assertThat(client.path("profile").path("registrationAddress").path("street").asText()).isEqualTo("City Road");
	}

	@Test
	void seedAttributeUpdatesAreValidatedLikeACreation() {
		String person = create(Payload.individual());
		Api.Response individual = api.patch("/clients/" + person, Payload.seed("patch-individual-attributes"));
		assertThat(individual.status()).as(individual.toString()).isEqualTo(200);
		assertThat(individual.json().path("data").path("client").path("attributes").path("riskScore").asText())
			.isEqualTo("low");

		String corporate = create(Payload.corporate());
		Api.Response refused = api.patch("/clients/" + corporate, Payload.seed("patch-corporate-attributes"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("data.client.attributes.website");
		Api.Response fixed = api.patch("/clients/" + corporate, Payload.seed("patch-corporate-attributes")
			.set("data.client.attributes.website", "https://www.abc.com"));
		assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
		assertThat(fixed.json()
			.path("data")
			.path("client")
			.path("addresses")
			.path("tradingAddress")
			.path("street")
			.asText()).as("addresses.trading is the trading address").isEqualTo("92 Low Rd");
	}

	@Test
	void attributesAreMergedAndNullRemovesOne() {
		String id = create(Payload.individual().set("data.client.attributes", Map.of("crmId", "A-1", "tier", "gold")));
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("tier", null);
		attributes.put("segment", "retail");

		JsonNode client = api
			.patch("/clients/" + id, Map.of("workflow", Map.of("code", "direct"), "data",
					Map.of("client", Map.of("attributes", attributes))))
			.json()
			.path("data")
			.path("client");

		assertThat(client.path("attributes").path("crmId").asText()).isEqualTo("A-1");
		assertThat(client.path("attributes").path("segment").asText()).isEqualTo("retail");
		assertThat(client.path("attributes").has("tier")).isFalse();
	}

	@Test
	void theIdentityTypeCannotChange() {
		String id = create(Payload.individual());

		Api.Response refused = api.patch("/clients/" + id, Payload.seed("patch-corporate"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.errorFields()).containsExactly("data.client.identity.type");
	}

	@Test
	void anUpdateFollowsTheCreationRules() {
		String id = create(Payload.individual());

		Api.Response refused = api.patch("/clients/" + id, Map.of("workflow", Map.of("code", "direct"), "data", Map
			.of("client", Map.of("identity", Map.of("country", "England"), "profile", Map.of("email", "nobody")))));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("data.client.identity.country",
				"data.client.profile.residentialAddress", "data.client.profile.email");
		assertThat(
				api.get("/clients/" + id).json().path("data").path("client").path("identity").path("country").asText())
			.as("nothing of a refused update is stored")
			.isEqualTo("TR");
	}

	@Test
	void anUpdateIsPublished() {
		String id = create(Payload.individual());

		api.patch("/clients/" + id, Payload.seed("patch-individual"));

		assertThat(new Database(jdbc).eventsOf(UUID.fromString(id)))
			.extracting(e -> e.get("module") + "/" + e.get("type"))
			.contains("clients/updated");
	}

	@Test
	void badUpdatesAreNamed() {
		String id = create(Payload.individual());

		assertThat(api.patch("/clients/" + UUID.randomUUID(), Payload.seed("patch-individual")).status())
			.isEqualTo(404);
		assertThat(api.patch("/clients/" + id, Map.of("workflow", Map.of("code", "migration"))).errorFields())
			.containsExactly("workflow.code");
		assertThat(api.patch("/clients/" + id, Map.of("data", Map.of())).errorFields()).containsExactly("data.client");
		assertThat(api.patch("/clients/" + id, Map.of("data", Map.of("client", Map.of("profile", "x")))).errorFields())
			.containsExactly("data.client.profile");
		assertThat(
				api.patch("/clients/" + id, Map.of("data", Map.of("client", Map.of("relations", java.util.List.of()))))
					.errorFields())
			.containsExactly("data.client.relations");
	}

	private String create(Payload payload) {
		Api.Response created = api.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

}
