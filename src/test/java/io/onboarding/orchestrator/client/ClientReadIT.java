package io.onboarding.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * {@code GET /clients/{id}} with its includes, and {@code GET /clients} with paging and
 * filters.
 */
@IntegrationTest
class ClientReadIT {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
	}

	@Test
	void readShowsTheProfileWithoutAddressesByDefault() {
		String id = create(Payload.corporate());

		Api.Response read = api.get("/clients/" + id);

		assertThat(read.status()).isEqualTo(200);
		JsonNode body = read.json();
		assertThat(body.path("workflow").isObject()).isTrue();
		assertThat(body.path("workflow").size()).isZero();
		JsonNode client = body.path("data").path("client");
		assertThat(client.path("identity").path("legalName").asText()).isEqualTo("I.F Technology Ltd");
		assertThat(client.path("profile").path("phone").asText()).isEqualTo("+441234567890");
		assertThat(client.path("profile").has("registrationAddress")).isFalse();
		assertThat(client.path("compliance").path("kycLevel").asText()).isEqualTo("FULL_KYC");
		assertThat(client.path("kycStatus").asText()).isIn("not_started", "pending");
		assertThat(Instant.parse(client.path("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
		assertThat(body.path("metadata").size()).isZero();
	}

	@Test
	void seedIncludesAddTheProfileAndThePrimaryAddress() {
		String id = create(Payload.corporate());

		JsonNode body = api
			.get("/clients/" + id + "?metadata.includeProfile=true&metadata.include=data.client.profile.primaryAddress")
			.json();

		JsonNode profile = body.path("data").path("client").path("profile");
		assertThat(profile.path("registrationAddress").path("street").asText()).isEqualTo("Baker Street");
		assertThat(profile.path("primaryAddress").path("houseNumber").asText()).isEqualTo("221B");
		assertThat(body.path("metadata").path("includeProfile").asBoolean()).isTrue();
		assertThat(body.path("metadata").path("includePrimaryAddress").asBoolean()).isTrue();
	}

	@Test
	void includesMayBeRepeatedOrCommaSeparated() {
		String person = create(Payload.individual());

		JsonNode repeated = api
			.get("/clients/" + person + "?metadata.include=data.client.profile.residentialAddress"
					+ "&metadata.include=connect.connections")
			.json();
		JsonNode listed = api
			.get("/clients/" + person + "?metadata.include=data.client.profile.residentialAddress,"
					+ "data.client.profile.registrationAddress,connect.connections")
			.json();

		for (JsonNode body : List.of(repeated, listed)) {
			JsonNode profile = body.path("data").path("client").path("profile");
			assertThat(profile.path("residentialAddress").path("city").asText()).isEqualTo("London");
			assertThat(profile.has("registrationAddress")).as("individuals have none").isFalse();
			assertThat(body.path("connect").path("connections").isArray()).isTrue();
			assertThat(body.path("metadata").path("includeConnections").asBoolean()).isTrue();
		}
	}

	@Test
	void unknownIncludeIsA400AndUnknownIdA404() {
		String id = create(Payload.individual());

		Api.Response unknownInclude = api.get("/clients/" + id + "?metadata.include=data.client.secrets");
		assertThat(unknownInclude.status()).isEqualTo(400);
		assertThat(unknownInclude.errorFields()).containsExactly("metadata.include");

		assertThat(api.get("/clients/" + UUID.randomUUID()).status()).isEqualTo(404);
		Api.Response notAnId = api.get("/clients/12345");
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(notAnId.errorFields()).containsExactly("id");
	}

	@Test
	void listIsNewestFirstWithPageMetadata() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(create(Payload.individual()));
		}

		JsonNode page = api.get("/clients?size=2").json();

		// other tests' background work may add clients at any time: the order of this
		// test's own is what must hold, and the pages must tile the list
		assertThat(idsOf(api.get("/clients?size=100"))).containsSubsequence(ids.get(2), ids.get(1), ids.get(0));
		JsonNode first = page.path("data").path("clients").get(0);
		assertThat(first.path("clientNumber").asText()).matches("\\d{8}");
		assertThat(first.path("profile").has("residentialAddress")).isFalse();
		JsonNode meta = page.path("metadata").path("page");
		assertThat(meta.path("size").asInt()).isEqualTo(2);
		assertThat(meta.path("number").asInt()).isZero();
		assertThat(meta.path("totalElements").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(meta.path("totalPages").asLong()).isEqualTo((meta.path("totalElements").asLong() + 1) / 2);
		JsonNode mine = api.get("/clients/" + ids.get(0)).json().path("data").path("client");
		assertThat(mine.path("fullName").asText()).isEqualTo("Canay Özel");
		assertPagesTile("/clients?", 2, 3);
	}

	@Test
	void aListFilteredByStatusAndTypePagesNewestFirstWithoutGapsOrRepeats() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(create(Payload.individual()));
		}
		String corporate = create(Payload.corporate());

		String filtered = "/clients?status=pending&type=individual";
		assertThat(idsOf(api.get(filtered + "&size=100"))).containsSubsequence(ids.get(2), ids.get(1), ids.get(0))
			.doesNotContain(corporate);
		JsonNode page = api.get(filtered + "&size=2&page=1").json();
		assertThat(page.path("metadata").path("page").path("number").asInt()).isEqualTo(1);
		assertThat(page.path("metadata").path("page").path("totalElements").asLong()).isGreaterThanOrEqualTo(3);
		assertPagesTile(filtered + "&", 2, 3);
		assertThat(idsOf(api.get("/clients?type=individual&size=100"))).doesNotContain(corporate);
	}

	/**
	 * The first {@code pages} pages of {@code size} read one by one are the first
	 * {@code pages * size} entries read at once: nothing skipped, nothing twice. Read
	 * again until no client was created between the first and the last read.
	 */
	private void assertPagesTile(String list, int size, int pages) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			long before = total(list);
			List<String> paged = new ArrayList<>();
			for (int page = 0; page < pages; page++) {
				paged.addAll(idsOf(api.get(list + "size=" + size + "&page=" + page)));
			}
			List<String> atOnce = idsOf(api.get(list + "size=" + size * pages));
			assertThat(total(list)).as("no client was created meanwhile").isEqualTo(before);
			assertThat(paged).doesNotHaveDuplicates().isEqualTo(atOnce);
		});
	}

	private long total(String list) {
		return api.get(list + "size=1").json().path("metadata").path("page").path("totalElements").asLong();
	}

	@Test
	void searchFindsByNameWithoutAccentsByEmailAndByClientNumber() {
		String marker = "Zyx" + Long.toString(System.nanoTime(), 36);
		String email = marker.toLowerCase() + "@example.org";
		JsonNode client = api
			.post("/clients",
					Payload.individual()
						.set("data.client.identity.familyName", "Öz" + marker)
						.set("data.client.profile.email", email))
			.json()
			.path("data")
			.path("client");
		String id = client.path("id").asText();

		assertThat(idsOf(api.get("/clients?search=oz" + marker.toLowerCase()))).containsExactly(id);
		assertThat(idsOf(api.get("/clients?search=" + email.toUpperCase()))).containsExactly(id);
		assertThat(idsOf(api.get("/clients?search=" + client.path("clientNumber").asText()))).containsExactly(id);
	}

	@Test
	void searchTakesPercentAndUnderscoreLiterally() {
		String marker = "Pq" + Long.toString(System.nanoTime(), 36);
		String percent = create(Payload.individual().set("data.client.identity.familyName", "a%b" + marker));
		String underscore = create(Payload.individual().set("data.client.identity.familyName", "a_b" + marker));
		String plain = create(Payload.individual().set("data.client.identity.familyName", "axb" + marker));

		// unescaped, % and _ would be wildcards of SQL's LIKE and find all three
		assertThat(idsOf(api.get("/clients?search=a%25b" + marker))).containsExactly(percent);
		assertThat(idsOf(api.get("/clients?search=a_b" + marker))).containsExactly(underscore);
		assertThat(idsOf(api.get("/clients?search=axb" + marker))).containsExactly(plain);
	}

	@Test
	void filtersNarrowTheList() {
		Instant before = Instant.now().minusMillis(5);
		String corporate = create(Payload.corporate());
		String person = create(Payload.individual());

		List<String> corporates = idsOf(api.get("/clients?type=corporate&createdFrom=" + before + "&size=100"));
		assertThat(corporates).contains(corporate).doesNotContain(person);
		assertThat(idsOf(api.get("/clients?status=active&createdFrom=" + before))).doesNotContain(person);
		assertThat(idsOf(api.get("/clients?status=pending&createdFrom=" + before + "&size=100"))).contains(person);
		assertThat(idsOf(api.get("/clients?createdTo=" + before))).doesNotContain(corporate, person);
		assertThat(idsOf(api.get("/clients?subClientId=" + UUID.randomUUID()))).isEmpty();
	}

	@Test
	void badListParametersAreAllNamed() {
		Api.Response refused = api
			.get("/clients?page=-1&size=500&status=sleeping&type=robot&createdFrom=yesterday" + "&subClientId=abc");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("page", "size", "status", "type", "createdFrom",
				"subClientId");
		assertThat(api.get("/clients?size=abc").errorFields()).containsExactly("size");
	}

	@Test
	void aPageBeyondAnyListIsRefusedNamingThePage() {
		String corporate = create(Payload.corporate());
		int lastPage = 214_748_363; // (2^31 - 1) / 10 - 1: its last row is still an int

		for (String list : List.of("/clients", "/clients?status=pending&type=corporate",
				"/clients/" + corporate + "/contracts", "/clients/" + corporate + "/relations", "/webhooks/endpoints",
				"/webhooks/deliveries")) {
			String separator = list.contains("?") ? "&" : "?";
			for (long page : List.of(2_147_483_647L, lastPage + 1L)) {
				Api.Response refused = api.get(list + separator + "page=" + page + "&size=10");
				assertThat(refused.status()).as(list + " " + refused).isEqualTo(400);
				assertThat(refused.errorFields()).as(list).containsExactly("page");
			}
			Api.Response last = api.get(list + separator + "page=" + lastPage + "&size=10");
			assertThat(last.status()).as(list + " " + last).isEqualTo(200);
		}
	}

	@Test
	void deepPagesListTheClientsTheOffsetNamesInOrder() {
		// Past ClientPages.DEEP_OFFSET a page is read as ids first, then its rows by id:
		// the page must
		// be the very one an offset names, in order. Clients older than any other,
		// inserted by SQL as
		// the benchmark loads them, mostly two to a second (the id breaks the tie).
		jdbc.update("""
				INSERT INTO clients (id, client_number, type, status, kyc_level, full_name, search_name,
				                     search_email, identity, profile, blacklisted, blocked, created_by,
				                     created_at, updated_at, version)
				SELECT gen_random_uuid(), (90000000 + g)::text, 'corporate', 'rejected', 'FULL_KYC',
				       'Deep Page ' || g, 'deep page ' || g, 'deep' || g || '@example.com',
				       '{"type":"corporate","legalName":"Deep Page ' || g || '","country":"GB"}',
				       '{"identityType":"corporate","email":"deep' || g || '@example.com"}',
				       FALSE, FALSE, 'deep-page-test', TIMESTAMP WITH TIME ZONE '1990-01-01 00:00:00Z'
				       + (g / 2) * INTERVAL '1 second', now(), 0
				FROM generate_series(1, 1200) AS g
				ON CONFLICT (client_number) DO NOTHING""");
		int size = 100;

		for (String where : List.of("", "type = 'corporate'", "status = 'rejected' AND type = 'corporate'")) {
			String list = "/clients?size=" + size + (where.isEmpty() ? ""
					: "&" + where.replace(" AND ", "&").replaceAll("(\\w+) = '(\\w+)'", "$1=$2"));
			String filter = where.isEmpty() ? "" : " WHERE " + where;
			// migrations other tests started may still add clients, shifting every page
			// by one: retry
			Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				long total = jdbc.queryForObject("SELECT count(*) FROM clients" + filter, Long.class);
				long last = (total - 1) / size;
				for (long page : List.of(last - 1, last)) {
					assertThat(page * size).isGreaterThanOrEqualTo(ClientPages.DEEP_OFFSET);
					List<String> expected = jdbc.queryForList(
							"SELECT id::text FROM clients" + filter
									+ " ORDER BY created_at DESC, id DESC OFFSET ? LIMIT ?",
							String.class, page * size, size);
					assertThat(expected).isNotEmpty();
					assertThat(idsOf(api.get(list + "&page=" + page))).as(list + "&page=" + page)
						.containsExactlyElementsOf(expected);
				}
				assertThat(idsOf(api.get(list + "&page=" + (last + 1)))).as("past the last page").isEmpty();
			});
		}
	}

	private String create(Payload payload) {
		Api.Response created = api.post("/clients", payload);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("data").path("client").path("id").asText();
	}

	private static List<String> idsOf(Api.Response list) {
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.json().path("data").path("clients").forEach(c -> ids.add(c.path("id").asText()));
		return ids;
	}

	@Test
	void listTotalsByStatusAndTypeStayExactThroughCreationsAndChanges() {
		Api api = Api.at(port).asIntegrator();
		for (int i = 0; i < 3; i++) {
			api.post("/clients", Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"));
		}
		api.post("/clients", Payload.corporate().set("workflow.kycLevel", "NOT_REQUIRED"));

		assertTotalsMatchTheTable();
		counts.fold();
		assertTotalsMatchTheTable();
	}

	@org.springframework.beans.factory.annotation.Autowired
	ClientCounts counts;

	private void assertTotalsMatchTheTable() {
		Api api = Api.at(port).asIntegrator();
		// Other tests' onboardings may still move clients on: the two must meet once
		// they rest.
		for (String query : java.util.List.of("", "?status=active", "?status=pending", "?type=corporate",
				"?status=active&type=individual", "?status=frozen")) {
			String where = query.isEmpty() ? ""
					: " WHERE " + query.substring(1).replace("&", " AND ").replaceAll("(\\w+)=(\\w+)", "$1 = '$2'");
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(
						api.get("/clients" + query).json().path("metadata").path("page").path("totalElements").asLong())
					.as(query)
					.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM clients" + where, Long.class)));
		}
	}

}
