package io.onboarding.orchestrator.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.TestKeys;

/**
 * Every rule of SPEC 2 and 3.3-3.4 on creation: a clear 4xx problem that names the field,
 * never a 500.
 */
@IntegrationTest
class ClientValidationIT {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
	}

	@Test
	void theNulCharacterIsRefusedWhereverItIsNamingTheField() {
		Api api = Api.at(port).asIntegrator();
		assertThat(api.post("/clients", Payload.individual().set("data.client.identity.familyName", "Doe\u0000"))
			.errorFields()).containsExactly("data.client.identity.familyName");
		assertThat(
				api.post("/clients", Payload.individual().set("data.client.attributes.note", "a\u0000b")).errorFields())
			.containsExactly("data.client.attributes.note");
		String id = api.post("/clients", Payload.individual()).json().path("data").path("client").path("id").asText();
		assertThat(api.patch("/clients/" + id,
				Map.of("workflow", Map.of("code", "direct"), "data",
						Map.of("client", Map.of("profile", Map.of("email", "x\u0000@example.com")))))
			.errorFields()).containsExactly("data.client.profile.email");
		// also where a member is read as a JSON tree (found by RequestFuzzIT)
		assertThat(api
			.patch("/clients/" + id + "/contract",
					Map.of("data", Map.of("contract", "platform", "termsVersion", "v1\u0000")))
			.errorFields()).containsExactly("data.termsVersion");
	}

	@Test
	void everyViolationIsReportedAtOnce() {
		Api.Response refused = api.post("/clients",
				Payload.individual()
					.remove("data.client.identity.givenName")
					.set("data.client.identity.country", "XX")
					.set("data.client.identity.birthDate", "2999-01-01")
					.set("data.client.profile.email", "not-an-email")
					.set("data.client.profile.phone", "call me")
					.remove("data.client.profile.residentialAddress.city"));

		assertProblem(refused, 400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("data.client.identity.givenName",
				"data.client.identity.country", "data.client.identity.birthDate", "data.client.profile.email",
				"data.client.profile.phone", "data.client.profile.residentialAddress.city");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|',
			value = { "data.client.identity.type|robot", "data.client.identity.birthDate|01/01/1987",
					"data.client.identity.birthDate|1987-02-30",
					"data.client.identity.identifications[0].issuingCountry|TUR",
					"data.client.identity.identifications[0].expirationDate|2021-01-01",
					"data.client.profile.identityType|corporate", "data.client.profile.secondEmail|a@b",
					"data.client.profile.residentialAddress.country|United Kingdom",
					"data.client.profile.residentialAddress.street|' '" })
	void aBadValueIsNamed(String field, String value) {
		Api.Response refused = api.post("/clients", Payload.individual().set(field, value));

		assertProblem(refused, 400);
		String expected = field.startsWith("data.client.identity.identifications[0].expirationDate")
				? "data.client.identity.identifications[0].expirationDate" : field;
		assertThat(refused.errorFields()).contains(expected);
	}

	@Test
	void anEmptyEmailOrDateIsAbsent() {
		// integrators send "" for what they don't have (the seeds' "phone": ""); the API
		// document doesn't list "" as an email or a date, so the request is not checked
		// against it, the answer is
		Api.Response created = api.sendingAnything()
			.post("/clients",
					Payload.individual()
						.set("data.client.profile.email", "")
						.set("data.client.profile.secondEmail", "")
						.set("data.client.identity.birthDate", "")
						.set("data.client.identity.identifications[0].issueDate", "")
						.set("data.client.identity.identifications[0].expirationDate", ""));

		assertThat(created.status()).isEqualTo(201);
		var client = created.json().path("data").path("client");
		assertThat(List.of(client.path("profile").path("email"), client.path("profile").path("secondEmail"),
				client.path("identity").path("birthDate"),
				client.path("identity").path("identifications").path(0).path("issueDate"),
				client.path("identity").path("identifications").path(0).path("expirationDate")))
			.allMatch(value -> value.isMissingNode() || value.isNull());
		assertThat(api
			.post("/clients",
					Payload.individual().set("workflow.createUser", true).set("data.client.profile.email", ""))
			.errorFields()).containsExactly("data.client.profile.email");
	}

	@Test
	void individualsNeedAResidentialAddressAndCorporatesARegistrationAddress() {
		assertThat(api.post("/clients", Payload.individual().remove("data.client.profile.residentialAddress"))
			.errorFields()).containsExactly("data.client.profile.residentialAddress");
		assertThat(api.post("/clients", Payload.corporate().remove("data.client.profile.registrationAddress"))
			.errorFields()).containsExactly("data.client.profile.registrationAddress");
		assertThat(api.post("/clients", Payload.corporate().remove("data.client.identity.legalName")).errorFields())
			.containsExactly("data.client.identity.legalName");
	}

	@ParameterizedTest(name = "{0} region {1} -> {2}")
	@CsvSource({ "US,NY,201", "US,US-NY,201", "US,New York,400", "CA,ON,201", "CA,QC,201", "CA,XX,400", "MX,JAL,201",
			"MX,MX-CMX,201", "MX,Jalisco,400", "US,,400", "GB,England,201", "DE,Bayern,201" })
	void northAmericanRegionsAreSubdivisionCodes(String country, String region, int status) {
		Payload request = Payload.individual().set("data.client.profile.residentialAddress.country", country);
		request = region == null ? request.remove("data.client.profile.residentialAddress.region")
				: request.set("data.client.profile.residentialAddress.region", region);

		Api.Response response = api.post("/clients", request);

		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		if (status == 400) {
			assertThat(response.errorFields()).containsExactly("data.client.profile.residentialAddress.region");
		}
	}

	@Test
	void reservedRailsbankAttributesAreCheckedWheneverPresent() {
		Api.Response refused = api.post("/clients",
				Payload.individual()
					.set("data.client.attributes",
							Map.of("accountUsage", "companyExpenses", "riskScore", "extreme", "expectedVolumeRange",
									"0-25000", "expectedVolumeType", "weekly", "expectedVolumeCurrency", "USD", "isPep",
									"maybe", "companyType", "private")));

		assertProblem(refused, 400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("data.client.attributes.accountUsage",
				"data.client.attributes.riskScore", "data.client.attributes.expectedVolumeRange",
				"data.client.attributes.expectedVolumeType", "data.client.attributes.expectedVolumeCurrency",
				"data.client.attributes.isPep", "data.client.attributes.companyType");
	}

	@Test
	void unreservedAttributesAreFree() {
		Api.Response created = api.post("/clients", Payload.individual()
			.set("data.client.attributes", Map.of("crmId", "A-1", "tags", List.of("vip"), "score", 7)));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("data").path("client").path("attributes").path("tags").get(0).asText())
			.isEqualTo("vip");
	}

	@Test
	void aRailsbankConnectionRequiresItsAttributes() {
		Api.Response refused = api.post("/clients", Payload.individual().set("connect.serviceProvider", "railsbank"));

		assertProblem(refused, 400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("data.client.attributes.accountUsage",
				"data.client.attributes.riskScore", "data.client.attributes.expectedVolumeRange",
				"data.client.attributes.expectedVolumeType", "data.client.attributes.expectedVolumeCurrency",
				"data.client.attributes.isPep");

		Api.Response created = api.post("/clients",
				Payload.seed("individual-railsbank").set("connect", Map.of("serviceProvider", "railsbank")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("connect").path("serviceProvider").asText()).isEqualTo("railsbank");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "private|businessNatures", "public|businessNatures,website",
					"nonProfit|nonBusinessNature,legalStatusOfEntity,charitableBeneficiaries",
					"internationalNGO|nonBusinessNature,legalStatusOfEntity,website",
					"communityInterest|nonBusinessNature,legalStatusOfEntity" })
	void companyTypeDecidesWhatARailsbankCorporateMustSay(String companyType, String required) {
		Api.Response refused = api.post("/clients",
				Payload.corporate()
					.set("connect.serviceProvider", "railsbank")
					.set("data.client.attributes",
							Map.of("accountUsage", "settlements", "riskScore", "low", "expectedVolumeRange", "0-25000",
									"expectedVolumeType", "monthly", "expectedVolumeCurrency", "EUR", "companyType",
									companyType)));

		assertProblem(refused, 400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrderElementsOf(
				java.util.Arrays.stream(required.split(",")).map(k -> "data.client.attributes." + k).toList());
	}

	@Test
	void businessNaturesAreSicCodes() {
		assertThat(api
			.post("/clients",
					Payload.corporate().set("data.client.attributes.businessNatures", List.of("20200", "4532")))
			.errorFields()).containsExactly("data.client.attributes.businessNatures[1]");
		assertThat(api
			.post("/clients",
					Payload.corporate().set("data.client.attributes.businessNatures", List.of("20200", "45320")))
			.status()).isEqualTo(201);
	}

	@Test
	void unknownServiceProviderIsRefused() {
		Api.Response refused = api.post("/clients", Payload.individual().set("connect.serviceProvider", "acme-bank"));

		assertProblem(refused, 400);
		assertThat(refused.errorFields()).containsExactly("connect.serviceProvider");
	}

	@Test
	void workflowIsCheckedToo() {
		assertThat(api.post("/clients", Payload.individual().set("workflow.code", "teleport")).errorFields())
			.containsExactly("workflow.code");
		assertThat(api.post("/clients", Payload.individual().remove("workflow")).errorFields())
			.containsExactly("workflow");
		assertThat(api.post("/clients", Payload.individual().set("workflow.kycLevel", "SOME")).errorFields())
			.containsExactly("workflow.kycLevel");
		assertThat(api.post("/clients", Payload.individual().remove("data.client")).errorFields())
			.containsExactly("data.client");
	}

	@Test
	void createUserNeedsAnEmailAndAnIndividual() {
		assertThat(api
			.post("/clients", Payload.individual().set("workflow.createUser", true).remove("data.client.profile.email"))
			.errorFields()).containsExactly("data.client.profile.email");

		Api.Response corporate = api.post("/clients",
				Payload.corporate()
					.set("workflow.createUser", true)
					.set("data.client.profile.email", "board@example.com"));
		assertProblem(corporate, 422);
		assertThat(corporate.errorFields()).containsExactly("workflow.createUser");
	}

	@Test
	void relationsBelongToCorporatesOnly() {
		Api.Response refused = api.post("/clients",
				Payload.individual()
					.set("data.client.relations",
							Payload.seed("corporate-direct-with-relations").get("data.client.relations")));

		assertProblem(refused, 422);
		assertThat(refused.errorFields()).containsExactly("data.client.relations");
	}

	@Test
	void directorsArePeople() {
		Payload request = Payload.seed("corporate-direct-with-relations")
			.set("data.client.relations[0].identity", Map.of("type", "corporate", "legalName", "Shell Co"))
			.remove("data.client.relations[0].profile");

		Api.Response refused = api.post("/clients", request);

		assertProblem(refused, 422);
		assertThat(refused.errorFields()).containsExactly("data.client.relations[0].identity.type");
	}

	@Test
	void atMostTenRelationsAndOneKeyForThem() {
		var director = Payload.seed("corporate-direct-with-relations").get("data.client.relations[0]");
		List<Object> eleven = java.util.Collections.nCopies(11, director);
		assertThat(api.post("/clients", Payload.corporate().set("data.client.relations", eleven)).errorFields())
			.containsExactly("data.client.relations");

		Api.Response both = api.post("/clients",
				Payload.corporate()
					.set("data.client.relations", List.of(director))
					.set("data.client.relatedLegalEntities", List.of(director)));
		assertThat(both.errorFields()).containsExactly("data.client.relatedLegalEntities");

		Api.Response badRole = api.post("/clients",
				Payload.corporate()
					.set("data.client.relations", List.of(director))
					.set("data.client.relations[0].relation", "owner"));
		assertThat(badRole.errorFields()).containsExactly("data.client.relations[0].relation");
	}

	@Test
	void wrongJsonTypesAreNamed() {
		assertThat(api.post("/clients", Payload.individual().set("data.client.identity", "John")).errorFields())
			.containsExactly("data.client.identity");
		assertThat(api.post("/clients", Payload.individual().set("data.client.identity.identifications", "x"))
			.errorFields()).containsExactly("data.client.identity.identifications");
		assertThat(api.post("/clients", Payload.individual().set("workflow.createUser", "perhaps")).errorFields())
			.containsExactly("workflow.createUser");
		assertThat(api.post("/clients", Payload.individual().set("data.client.attributes", List.of(1))).errorFields())
			.containsExactly("data.client.attributes");
	}

	@Test
	void malformedBodiesAreA400() {
		assertProblem(api.send("POST", "/clients", "{\"workflow\": ", "application/json"), 400);
		assertProblem(api.send("POST", "/clients", "", "application/json"), 400);
		assertProblem(api.send("POST", "/clients", "[]", "application/json"), 400);
		assertProblem(api.send("POST", "/clients", "null", "application/json"), 400);
		assertProblem(api.send("POST", "/clients", "{".repeat(5000), "application/json"), 400);
	}

	@Test
	void wrongContentTypeIsA415AndOversizedBodyA413() {
		assertProblem(api.send("POST", "/clients", "workflow=direct", "application/x-www-form-urlencoded"), 415);
		assertProblem(api.send("POST", "/clients", "hello", "text/plain"), 415);
		String huge = "{\"padding\": \"" + "x".repeat(1_100_000) + "\"}";
		assertProblem(api.send("POST", "/clients", huge, "application/json"), 413);
	}

	@Test
	void aClientThatAsksFirstIsRefusedAnOversizedBodyBeforeSendingIt() throws IOException {
		// curl asks (Expect: 100-continue) before sending a body over 1 MiB; the JDK's
		// client cannot be made to wait for the answer, so this speaks HTTP itself
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			String head = "POST /clients HTTP/1.1\r\nHost: localhost\r\nx-api-key: " + TestKeys.INTEGRATOR
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + 2 * 1024 * 1024
					+ "\r\nExpect: 100-continue\r\n\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			String status = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			assertThat(status).as("refused from its declared length, not told to go on (100)")
				.startsWith("HTTP/1.1 413");
		}
	}

	@Test
	void hugeStringsAreRefusedNotStored() {
		Payload huge = Payload.individual().set("data.client.identity.givenName", "A".repeat(5000));
		Api.Response refused = api.post("/clients", huge);

		assertProblem(refused, 400);
		assertThat(refused.errorFields()).containsExactly("data.client.identity.givenName");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM clients WHERE search_email = ?", Integer.class,
				huge.get("data.client.profile.email").asText()))
			.as("nothing stored")
			.isZero();
	}

	private static void assertProblem(Api.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(status);
		assertThat(response.json().path("title").asText()).isNotBlank();
		assertThat(response.json().path("detail").asText()).isNotBlank();
		assertThat(response.json().path("instance").asText()).isEqualTo("/clients");
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("at io.");
	}

}
