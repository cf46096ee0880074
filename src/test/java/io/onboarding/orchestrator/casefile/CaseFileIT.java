package io.onboarding.orchestrator.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.Clients;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.ProviderCallbacks;
import io.onboarding.orchestrator.support.TestKeys;

/**
 * The case file (SPEC 7.4) of a client that went through all an auditor asks about: a
 * verification at Sumsub, a sanctions-list hit, a request for information and its answer,
 * a four-eyes approval and a compliance change; each is in it with its actor and
 * evidence, the digest checks against the canonical form of the copy received, and the
 * PDF reads back with the same facts.
 */
@IntegrationTest
class CaseFileIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	Api integrator;

	Api officer;

	Api secondOfficer;

	@BeforeEach
	void connect() {
		integrator = Api.at(port).asIntegrator();
		officer = Api.at(port).asOperator();
		secondOfficer = Api.at(port).as(TestKeys.SECOND_OPERATOR);
	}

	@Test
	void aCaseFileHoldsEveryStepWithItsActorAndEvidenceAndItsDigestChecks() throws Exception {
		String clientId = reviewedClient();
		Api.Response answer = officer.get("/clients/" + clientId + "/case-file");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode data = answer.json().path("data");
		JsonNode file = data.path("caseFile");

		// a copy checks: SHA-256 of the RFC 8785 form of the caseFile as received
		assertThat(data.path("digest").path("algorithm").asText()).isEqualTo("SHA-256");
		assertThat(data.path("digest").path("canonicalization").asText()).isEqualTo("RFC 8785");
		assertThat(data.path("digest").path("value").asText()).isEqualTo(sha256(file));
		ObjectNode altered = file.deepCopy();
		altered.with("client").put("status", "frozen");
		assertThat(sha256(altered)).as("a changed copy does not check").isNotEqualTo(sha256(file));

		assertThat(file.path("generatedBy").asText()).isEqualTo("test-operator");
		assertThat(file.path("client").path("id").asText()).isEqualTo(clientId);
		assertThat(file.path("client").path("status").asText()).isEqualTo("active");

		JsonNode application = file.path("applications").path(0);
		assertThat(application.path("decision").asText()).isEqualTo("approved");
		assertThat(application.path("decisions"))
			.extracting(
					d -> d.path("step").asText() + ":" + d.path("outcome").asText() + ":" + d.path("actor").asText())
			.containsSubsequence("verification:verified:provider:sumsub", "review:request_information:test-operator",
					"information:information_received:test-integrator", "review:approve:test-operator",
					"second_review:approve:second-operator");
		JsonNode approval = stream(application.path("decisions"))
			.filter(d -> "second_review".equals(d.path("step").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(approval.path("client").path("compliance").path("riskLevel").asText())
			.as("the client as it was at the decision")
			.isEqualTo("high");
		assertThat(file.path("client").path("compliance").path("riskLevel").asText()).as("and as it is")
			.isEqualTo("medium");
		assertThat(application.path("fourEyes").path("first").asText()).isEqualTo("test-operator");
		assertThat(application.path("fourEyes").path("second").asText()).isEqualTo("second-operator");

		JsonNode assessment = stream(application.path("evaluations"))
			.filter(e -> "risk-assessment".equals(e.path("decisionKey").asText()))
			.reduce((first, last) -> last)
			.orElseThrow();
		assertThat(assessment.path("decisionVersion").asInt()).isPositive();
		assertThat(assessment.path("decisionName").asText()).isNotBlank();
		assertThat(assessment.path("inputs").path("Sanctions list match").asBoolean()).isTrue();
		assertThat(assessment.path("outputs").path(0).path("riskLevel").asText()).isEqualTo("high");
		assertThat(application.path("evaluations")).extracting(e -> e.path("decisionKey").asText())
			.contains("screening-route");

		JsonNode request = file.path("requestsForInformation").path(0);
		assertThat(request.path("requestedBy").asText()).isEqualTo("test-operator");
		assertThat(request.path("request").asText()).isEqualTo("Where do the funds come from?");
		assertThat(request.path("answeredBy").asText()).isEqualTo("test-integrator");
		assertThat(request.path("answer").asText()).isEqualTo("Salary, see the payslips sent");

		JsonNode hit = file.path("screening").path("hits").path(0);
		assertThat(hit.path("listName").asText()).isEqualTo("sample");
		assertThat(hit.path("listVersion").asInt()).isPositive();
		assertThat(hit.path("entryId").asText()).isEqualTo("sample-1");
		assertThat(hit.path("features").path("birthDate").asDouble()).isPositive();
		assertThat(hit.path("status").asText()).isEqualTo("false_positive");
		assertThat(hit.path("decidedBy").asText()).isEqualTo("second-operator");

		JsonNode verification = file.path("verifications").path(0);
		assertThat(verification.path("provider").asText()).isEqualTo("sumsub");
		assertThat(verification.path("status").asText()).isEqualTo("completed");
		assertThat(verification.path("callbacks")).extracting(c -> c.path("eventType").asText())
			.contains("applicantReviewed");

		JsonNode change = file.path("complianceChanges").path(0);
		assertThat(change.path("actor").asText()).isEqualTo("test-operator");
		assertThat(change.path("riskLevel").asText()).isEqualTo("medium");
		assertThat(change.path("kycNote").asText()).isEqualTo("salary confirmed by Ayşe Çağlar, Σ-Ж");

		assertThat(file.path("webhooks")).extracting(w -> w.path("event").asText())
			.contains("clients.created", "clients.compliance-updated");
		assertThat(file.path("engine").path("processInstances")).extracting(p -> p.path("process").asText())
			.contains("client-onboarding", "kyc-application");
		assertThat(file.path("engine").path("userTasks")).extracting(t -> t.path("assignee").asText())
			.contains("test-operator", "second-operator");

		String text = pdfText(clientId);
		String clientNumber = file.path("client").path("clientNumber").asText();
		// generated again for the PDF: its own time, so its own digest
		assertThat(text).containsPattern("RFC 8785 canonical form: [0-9a-f]{64}");
		assertThat(text).contains("Case file of client " + clientNumber, "Viktor Sanktionov", "request_information",
				"second_review", "Where do the funds come from?", "Risk assessment", "sample v", "test-operator",
				"second-operator", "salary confirmed by Ayşe Çağlar, Σ-Ж");
	}

	@Test
	void aCaseFileIsTheOperatorsAndComesAsJsonOrPdfOnly() throws Exception {
		String clientId = Clients.created(integrator, Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"));
		assertThat(integrator.get("/clients/" + clientId + "/case-file").status()).as("operators only").isEqualTo(403);
		assertThat(officer.get("/clients/" + UUID.randomUUID() + "/case-file").status()).isEqualTo(404);
		assertThat(officer.get("/clients/not-an-id/case-file").status()).as("a malformed id").isEqualTo(400);
		HttpResponse<byte[]> csv = fetch(clientId, "text/csv");
		assertThat(csv.statusCode()).isEqualTo(406);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).doesNotContain("Exception");
	}

	/**
	 * Viktor Sanktionov, documents only: verified at Sumsub, a hit on the sample list
	 * (high risk), information asked and given, approved by two officers; then a
	 * compliance change.
	 */
	private String reviewedClient() {
		String clientId = Clients.created(integrator,
				Payload.individual()
					.set("workflow.kycLevel", "DOC_ONLY")
					.set("data.client.identity.identifications", List.of())
					.set("data.client.identity.givenName", "Viktor")
					.set("data.client.identity.familyName", "Sanktionov")
					.set("data.client.identity.birthDate", "1961-04-12"));
		String applicantId = Clients.await(officer, clientId, c -> "partner_review".equals(c.path("status").asText()))
			.path("verification")
			.path("applicantId")
			.asText();
		Api.Response green = ProviderCallbacks.toSumsub(port,
				ProviderCallbacks.sumsubReviewed(applicantId, clientId, "GREEN", null, List.of(), Instant.now()));
		assertThat(green.status()).as(green.toString()).isEqualTo(200);
		String applicationId = Clients
			.await(officer, clientId, c -> "under_review".equals(c.path("application").path("status").asText()))
			.path("application")
			.path("id")
			.asText();
		decide(officer, applicationId, "request_information", "Where do the funds come from?");
		Clients.await(officer, clientId,
				c -> "request_for_information".equals(c.path("application").path("status").asText()));
		Api.Response answered = integrator.post("/applications/" + applicationId + "/information",
				Map.of("data", Map.of("note", "Salary, see the payslips sent")));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
		Clients.await(officer, clientId, c -> "under_review".equals(c.path("application").path("status").asText()));
		decide(officer, applicationId, "approve", "funds explained");
		decide(secondOfficer, applicationId, "approve", "agreed");
		Clients.await(officer, clientId, c -> "active".equals(c.path("status").asText()));
		Api.Response changed = officer.patch("/clients/" + clientId + "/compliance",
				Map.of("data", Map.of("riskLevel", "medium", "kycNote", "salary confirmed by Ayşe Çağlar, Σ-Ж")));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		return clientId;
	}

	private String pdfText(String clientId) throws Exception {
		HttpResponse<byte[]> pdf = fetch(clientId, "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private HttpResponse<byte[]> fetch(String clientId, String accept) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/clients/" + clientId + "/case-file"))
			.header("x-api-key", TestKeys.OPERATOR)
			.header("Accept", accept)
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String sha256(JsonNode caseFile) throws Exception {
		byte[] canonical = new JsonCanonicalizer(JSON.writeValueAsString(caseFile)).getEncodedUTF8();
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false);
	}

	private void decide(Api api, String applicationId, String decision, String reason) {
		await().atMost(PATIENCE)
			.until(() -> api
				.post("/applications/" + applicationId + "/decision",
						Map.of("data", Map.of("decision", decision, "reason", reason)))
				.status() == 200);
	}

}
