package io.onboarding.orchestrator.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Clients;
import io.onboarding.orchestrator.support.Database;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderCallbacks;
import io.onboarding.orchestrator.support.WebhookListener;

/**
 * Closure and erasure (SPEC 7.5). After an erasure a scan of every text and byte column
 * of every table of the database, the project's and the engine's, finds none of the
 * client's names, email, phone, document number or address; before it, the same scan
 * finds them (so it can fail). The client answers as a skeleton, a webhook says it was
 * erased, and an active client can't be erased.
 */
@IntegrationTest
class ErasureIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api integrator;

	Api officer;

	WebhookListener listener;

	@BeforeEach
	void connect() {
		integrator = Api.at(port).asIntegrator();
		officer = Api.at(port).asOperator();
		listener = WebhookListener.start();
	}

	@AfterEach
	void stop() {
		listener.close();
		new Database(jdbc).retireWebhookEndpoints();
	}

	@Test
	void anErasedClientLeavesNoneOfItsPersonalDataInAnyTable() {
		listener.subscribe(integrator, "/erasure", List.of("clients.*", "relations.*"));
		String tag = letters(10);
		Person person = new Person("Erasmo" + tag, "Vanished" + tag, "erase." + tag.toLowerCase() + "@example.com",
				"+4479" + digits(8), "ID" + digits(9), "Forgotten Lane " + tag);
		Person director = new Person("Dora" + tag, "Director" + tag, "dora." + tag.toLowerCase() + "@example.com",
				"+4478" + digits(8), "PP" + digits(9), "Hidden Row " + tag);

		String individual = verifiedIndividual(person);
		listMatch(individual, person, tag);
		String corporate = corporateWith(director, tag);
		List<String> needles = new ArrayList<>(person.values());
		needles.addAll(director.values());
		needles.add("Erased Widgets " + tag);
		assertThat(scan(needles)).as("before the erasure the scan finds them").isNotEmpty();

		for (String clientId : List.of(individual, corporate)) {
			assertThat(officer.post("/clients/" + clientId + "/erasure", Map.of()).status())
				.as("an active client is not erased")
				.isEqualTo(409);
			Api.Response closed = officer.patch("/clients/" + clientId + "/compliance",
					Map.of("data", Map.of("closed", true)));
			assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
			assertThat(closed.json().path("data").path("client").path("status").asText()).isEqualTo("closed");
			Api.Response erased = officer.post("/clients/" + clientId + "/erasure", Map.of());
			assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
		}

		assertThat(scan(needles)).as("after the erasure no table holds any of them").isEmpty();

		JsonNode skeleton = integrator.get("/clients/" + individual).json().path("data").path("client");
		assertThat(skeleton.path("status").asText()).isEqualTo("closed");
		assertThat(Instant.parse(skeleton.path("erasedAt").asText())).isBefore(Instant.now().plusSeconds(1));
		assertThat(skeleton.path("clientNumber").asText()).isNotEmpty();
		assertThat(skeleton.path("identity").isMissingNode() || skeleton.path("identity").isNull()).isTrue();
		assertThat(skeleton.path("fullName").isMissingNode() || skeleton.path("fullName").isNull()).isTrue();
		assertThat(skeleton.path("application").path("decision").asText()).as("decisions stay").isEqualTo("approved");
		assertThat(officer.post("/clients/" + individual + "/erasure", Map.of()).json())
			.as("asked again: the same skeleton, nothing erased twice")
			.isEqualTo(officer.get("/clients/" + individual).json());
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM webhook_events WHERE client_id = ? AND module = 'clients' AND type = 'erased'",
				Long.class, UUID.fromString(individual)))
			.isEqualTo(1);

		await().atMost(PATIENCE)
			.until(() -> listener.received("/erasure")
				.stream()
				.anyMatch(r -> r.body().contains(corporate) && r.body().contains("\"erased\"")));
		for (WebhookListener.Received received : listener.received("/erasure")) {
			if ("erased".equals(received.json().path("webhook").path("type").asText())) {
				assertThat(received.body()).doesNotContain(needles);
			}
		}

		JsonNode caseFile = officer.get("/clients/" + corporate + "/case-file").json().path("data").path("caseFile");
		assertThat(caseFile.path("erasure").path("erasedAt").asText()).isNotEmpty();
		assertThat(caseFile.path("relations").path(0).path("relation").asText()).isEqualTo("director");
		assertThat(caseFile.toString()).doesNotContain(needles);
	}

	@Test
	void closingEndsTheOpenApplicationWithItsHitsAndTheRelationshipForGood() {
		// on the sample list: under review with an open hit
		String clientId = Clients.created(integrator,
				Payload.individual()
					.set("workflow.kycLevel", "FULL_KYC")
					.set("data.client.identity.givenName", "Viktor")
					.set("data.client.identity.familyName", "Sanktionov")
					.set("data.client.identity.birthDate", "1961-04-12"));
		Clients.await(officer, clientId, c -> "under_review".equals(c.path("application").path("status").asText()));
		assertThat(officer.patch("/clients/" + clientId + "/compliance", Map.of("data", Map.of("closed", false)))
			.errorFields()).containsExactly("data.closed");
		assertThat(officer.patch("/clients/" + clientId + "/compliance", Map.of("data", Map.of("closed", "yes")))
			.errorFields()).as("not a boolean").containsExactly("data.closed");
		assertThat(officer.post("/clients/" + clientId + "/erasure", Map.of()).status()).as("under review: not erased")
			.isEqualTo(409);

		Api.Response closed = officer.patch("/clients/" + clientId + "/compliance",
				Map.of("data", Map.of("closed", true)));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		JsonNode client = Clients.await(officer, clientId,
				c -> "withdrawn".equals(c.path("application").path("decision").asText()));
		assertThat(client.path("status").asText()).as("closed stays closed when its application ends")
			.isEqualTo("closed");
		assertThat(client.path("closedAt").asText()).isNotEmpty();
		assertThat(officer.get("/screening/hits?clientId=" + clientId).json().path("data").path("hits"))
			.extracting(hit -> hit.path("status").asText())
			.as("the withdrawn application's hits close with it")
			.containsExactly("closed");
		assertThat(officer.patch("/clients/" + clientId + "/compliance", Map.of("data", Map.of("riskLevel", "low")))
			.status()).isEqualTo(409);
		assertThat(integrator.patch("/clients/" + clientId, Payload.seed("patch-individual")).status()).isEqualTo(409);

		assertThat(integrator.post("/clients/" + clientId + "/erasure", Map.of()).status()).as("operators only")
			.isEqualTo(403);
		assertThat(officer.post("/clients/" + UUID.randomUUID() + "/erasure", Map.of()).status()).isEqualTo(404);
		assertThat(officer.post("/clients/not-an-id/erasure", Map.of()).status()).as("a malformed id").isEqualTo(400);
	}

	/** Documents only, verified at Sumsub, approved by rule; created with its user. */
	private String verifiedIndividual(Person person) {
		Payload payload = Payload.seed("individual-create-user")
			.set("workflow.kycLevel", "DOC_ONLY")
			.set("data.client.identity.givenName", person.given())
			.set("data.client.identity.familyName", person.family())
			.set("data.client.identity.identifications",
					List.of(Map.of("type", "passport", "identificationNumber", person.document(), "issuingCountry",
							"TR", "issueDate", "2022-01-01", "expirationDate", "2032-01-01")))
			.set("data.client.profile.email", person.email())
			.set("data.client.profile.phone", person.phone())
			.set("data.client.profile.residentialAddress.street", person.street());
		Api.Response created = integrator.withHeader("Idempotency-Key", UUID.randomUUID().toString())
			.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String clientId = created.json().path("data").path("client").path("id").asText();
		String applicantId = Clients.await(officer, clientId, c -> "partner_review".equals(c.path("status").asText()))
			.path("verification")
			.path("applicantId")
			.asText();
		assertThat(
				ProviderCallbacks
					.toSumsub(port,
							ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(),
									Instant.now()))
					.status())
			.isEqualTo(200);
		Clients.await(officer, clientId, c -> "active".equals(c.path("status").asText()));
		return clientId;
	}

	/**
	 * A list that names someone very like the person, born the same day: loaded, it finds
	 * the active client (a hit whose features hold the compared names, and an open
	 * screening review).
	 */
	private void listMatch(String clientId, Person person, String tag) {
		String csv = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,"
				+ "dataset,first_seen,last_seen,last_change\n" + "e-1,Person," + altered(person.given()) + " "
				+ altered(person.family()) + ",,1987-01-01,tr,,,Erasure test programme,,,Erasure test list,"
				+ "2024-01-01,2026-11-01,2026-11-01\n";
		Api.Response loaded = officer.send("PUT", "/screening/lists/erasure-" + tag.toLowerCase(), csv, "text/csv");
		assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
		await().atMost(PATIENCE)
			.until(() -> officer.get("/screening/hits?clientId=" + clientId)
				.json()
				.path("data")
				.path("hits")
				.size() == 1);
	}

	/** The name with its last letter changed: like it, but not it. */
	private static String altered(String name) {
		char last = name.charAt(name.length() - 1);
		return name.substring(0, name.length() - 1) + (last == 'z' ? 'y' : 'z');
	}

	/** A company with its director, screened as a related party. */
	private String corporateWith(Person director, String tag) {
		Payload payload = Payload.seed("corporate-direct-with-relations")
			.set("workflow.kycLevel", "NOT_REQUIRED")
			.set("data.client.identity.legalName", "Erased Widgets " + tag)
			.set("data.client.relations", List.of(Map
				.of("relation", "director", "identity", Map.of("type", "individual", "givenName", director.given(),
						"familyName", director.family(), "birthDate", "1970-02-02", "country", "GB", "identifications",
						List.of(Map.of("type", "passport", "identificationNumber", director.document(),
								"issuingCountry", "GB", "issueDate", "2022-01-01", "expirationDate", "2032-01-01"))),
						"profile",
						Map.of("identityType", "individual", "email", director.email(), "phone", director.phone(),
								"residentialAddress", Map.of("country", "GB", "city", "London", "street",
										director.street(), "houseNumber", "1", "postalCode", "N1 1AA")))));
		String clientId = Clients.created(integrator, payload);
		Clients.await(officer, clientId, c -> "active".equals(c.path("status").asText()));
		await().atMost(PATIENCE)
			.until(() -> officer.get("/clients/" + clientId + "/relations")
				.json()
				.path("data")
				.path("clientRelations")
				.path(0)
				.path("screening")
				.path("status")
				.asText()
				.equals("clear"));
		return clientId;
	}

	/**
	 * Every (table, column) of the database whose text or bytes contain one of the
	 * values, in any letter case for text.
	 */
	private List<String> scan(List<String> values) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name, data_type "
				+ "FROM information_schema.columns WHERE table_schema = current_schema() AND data_type IN "
				+ "('character varying', 'text', 'character', 'bytea', 'json', 'jsonb')");
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean bytes = "bytea".equals(column.get("data_type"));
			for (String value : values) {
				String sql = bytes
						? "SELECT count(*) FROM " + table + " WHERE position(convert_to(?, 'UTF8') in " + name + ") > 0"
						: "SELECT count(*) FROM " + table + " WHERE lower(" + name + "::text) LIKE ?";
				Object argument = bytes ? value : "%" + value.toLowerCase() + "%";
				if (jdbc.queryForObject(sql, Long.class, argument) > 0) {
					found.add(table + "." + name + " holds " + value);
				}
			}
		}
		return found;
	}

	private static String letters(int length) {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
	}

	private static String digits(int length) {
		Random random = new Random();
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < length; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

	private record Person(String given, String family, String email, String phone, String document, String street) {

		List<String> values() {
			return List.of(given, family, email, phone, document, street);
		}

	}

}
