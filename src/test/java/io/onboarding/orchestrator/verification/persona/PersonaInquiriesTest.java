package io.onboarding.orchestrator.verification.persona;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.api.UnauthenticatedException;
import io.onboarding.orchestrator.provider.ProviderUnavailableException;
import io.onboarding.orchestrator.support.ProviderCallbacks;
import io.onboarding.orchestrator.verification.Applicant;
import io.onboarding.orchestrator.verification.ProviderEvent;
import io.onboarding.orchestrator.verification.Registration;
import io.onboarding.orchestrator.verification.VerificationSettings;

/**
 * The Persona adapter against a WireMock server answering as Persona's API reference
 * shows, and its webhooks as Persona signs them.
 */
class PersonaInquiriesTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final String WEBHOOK_SECRET = "wbhsec_persona";

	/**
	 * Persona's "Example event from webhook", verbatim but for the comma its docs miss.
	 */
	private static final String APPROVED = """
			{"data": {"type": "event", "id": "evt_XGuYWp7WuDzNxie5z16s7sGJ",
			  "attributes": {"name": "inquiry.approved",
			    "payload": {"data": {"type": "inquiry", "id": "inq_2CVZ4HyVg7qaboXz2PUHknAn",
			        "attributes": {"status": "approved", "reference-id": null, "created-at": "2019-09-09T22:40:56.000Z",
			                       "completed-at": "2019-09-09T22:44:51.000Z", "expired-at": null},
			        "relationships": {"reports": {"data": []}, "template": {"data": {"id": "blu_biqYXr3aNfHuLeXUdJUNFNET", "type": "template"}},
			          "verifications": {"data": [{"id": "ver_KnqQRXmxmtquRE65CHTzymhR", "type": "verification/driver-license"},
			                                     {"id": "ver_2aguhcwq66zcmqipmrqjxw68", "type": "verification/selfie"}]}}},
			      "included": []},
			    "created-at": "2019-09-09T22:46:27.598Z"}}}""";

	private final WireMockServer persona = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private PersonaProvider adapter;

	private final UUID clientId = UUID.randomUUID();

	private final Applicant applicant = new Applicant(clientId, false, "Alexander", "Sample", null, "1977-08-31", "US",
			"alex@example.com", null);

	@BeforeEach
	void start() {
		persona.start();
		adapter = new PersonaProvider(
				new VerificationSettings.Provider(URI.create(persona.baseUrl()), null, null, null,
						"persona_sandbox_key", "itmpl_XXXXXXXXXXXXX", "2025-12-08", WEBHOOK_SECRET, false, null,
						Duration.ofSeconds(1), Duration.ofMillis(500)),
				new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		persona.stop();
	}

	@Test
	void anInquiryIsCreatedFromTheTemplateAndAOneTimeLinkIssued() {
		persona.stubFor(post(urlPathEqualTo("/api/v1/inquiries")).willReturn(json(201,
				"{\"data\": {\"type\": \"inquiry\", \"id\": \"inq_zEx4jL84ShbUyuwX6AzPSqt6\", \"attributes\": "
						+ "{\"status\": \"created\", \"reference-id\": \"" + clientId + "\"}}}")));
		persona.stubFor(post(urlEqualTo("/api/v1/inquiries/inq_zEx4jL84ShbUyuwX6AzPSqt6/generate-one-time-link"))
			.willReturn(json(200,
					"{\"data\": {\"id\": \"inq_zEx4jL84ShbUyuwX6AzPSqt6\", \"type\": \"inquiry\"}, "
							+ "\"meta\": {\"one-time-link\": \"https://withpersona.com/verify?code=us1-asdf\", "
							+ "\"one-time-link-short\": \"https://perso.na/verify?code=ABC123\"}}")));

		Registration registration = adapter.register(applicant);

		assertThat(registration).isEqualTo(
				new Registration("inq_zEx4jL84ShbUyuwX6AzPSqt6", "https://withpersona.com/verify?code=us1-asdf"));
		LoggedRequest create = persona.findAll(postRequestedFor(urlPathEqualTo("/api/v1/inquiries"))).get(0);
		assertThat(create.getHeader("Authorization")).isEqualTo("Bearer persona_sandbox_key");
		assertThat(create.getHeader("Persona-Version")).isEqualTo("2025-12-08");
		assertThat(create.getHeader("Key-Inflection")).isEqualTo("kebab");
		assertThat(create.getBodyAsString()).isEqualTo("{\"data\":{\"attributes\":{\"inquiry-template-id\":"
				+ "\"itmpl_XXXXXXXXXXXXX\",\"reference-id\":\"" + clientId + "\",\"fields\":{\"name-first\":"
				+ "\"Alexander\",\"name-last\":\"Sample\",\"birthdate\":\"1977-08-31\",\"email-address\":"
				+ "\"alex@example.com\"}}}}");
	}

	@Test
	void aFailedInquiryGivesWayToANewOne() {
		persona.stubFor(post(urlEqualTo("/api/v1/inquiries/inq_old/resume")).willReturn(json(422, "{}")));
		persona.stubFor(post(urlEqualTo("/api/v1/inquiries/inq_old/generate-one-time-link")).willReturn(
				json(422, "{\"errors\": [{\"title\": \"Cannot generate a one-time link for a failed inquiry\"}]}")));
		persona.stubFor(post(urlPathEqualTo("/api/v1/inquiries"))
			.willReturn(json(201, "{\"data\": {\"type\": \"inquiry\", \"id\": \"inq_new\"}}")));
		persona.stubFor(post(urlEqualTo("/api/v1/inquiries/inq_new/generate-one-time-link"))
			.willReturn(json(200, "{\"meta\": {\"one-time-link\": \"https://withpersona.com/verify?code=new\"}}")));

		assertThat(adapter.renewLink("inq_old", applicant))
			.isEqualTo(new Registration("inq_new", "https://withpersona.com/verify?code=new"));
	}

	@Test
	void aPersonaThatCantAnswerIsRetriedLater() {
		persona.stubFor(post(urlPathEqualTo("/api/v1/inquiries")).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> adapter.register(applicant)).isInstanceOf(ProviderUnavailableException.class)
			.hasMessage("persona answered POST /api/v1/inquiries with HTTP 503");
	}

	@Test
	void theDocumentedEventIsAuthenticatedAndRead() {
		byte[] body = APPROVED.getBytes(StandardCharsets.UTF_8);
		adapter.authenticate(Map.of("persona-signature", ProviderCallbacks.signature(NOW, WEBHOOK_SECRET, APPROVED)),
				body);

		ProviderEvent event = adapter.read(body);

		assertThat(event.eventId()).isEqualTo("evt_XGuYWp7WuDzNxie5z16s7sGJ");
		assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.APPROVED);
		assertThat(event.applicantId()).isEqualTo("inq_2CVZ4HyVg7qaboXz2PUHknAn");
		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2019-09-09T22:46:27.598Z"));
	}

	@Test
	void aSignatureOfAnotherTimeBodyOrSecretIsRefused() {
		byte[] body = APPROVED.getBytes(StandardCharsets.UTF_8);
		for (String header : new String[] {
				ProviderCallbacks.signature(NOW.minusSeconds(301), WEBHOOK_SECRET, APPROVED),
				ProviderCallbacks.signature(NOW.plusSeconds(301), WEBHOOK_SECRET, APPROVED),
				ProviderCallbacks.signature(NOW, "wbhsec_other", APPROVED),
				ProviderCallbacks.signature(NOW, WEBHOOK_SECRET, APPROVED + " "), "t=abc,v1=00", "" }) {
			assertThatThrownBy(() -> adapter.authenticate(Map.of("persona-signature", header), body)).as(header)
				.isInstanceOf(UnauthenticatedException.class);
		}
		// during a rotation the header carries a set per secret: one matching is enough
		adapter.authenticate(Map.of("persona-signature", ProviderCallbacks.signature(NOW, "wbhsec_new", APPROVED) + " "
				+ ProviderCallbacks.signature(NOW, WEBHOOK_SECRET, APPROVED)), body);
	}

	@Test
	void everyInquiryEventMeansItsVerdict() {
		Map<String, ProviderEvent.Kind> kinds = Map.of("inquiry.created", ProviderEvent.Kind.CREATED, "inquiry.started",
				ProviderEvent.Kind.PENDING, "inquiry.completed", ProviderEvent.Kind.APPROVED, "inquiry.declined",
				ProviderEvent.Kind.REJECTED_FINAL, "inquiry.failed", ProviderEvent.Kind.REJECTED_RETRY,
				"inquiry.expired", ProviderEvent.Kind.RESET, "inquiry.marked-for-review",
				ProviderEvent.Kind.NEEDS_REVIEW, "inquiry.transitioned", ProviderEvent.Kind.OTHER);
		kinds.forEach((name,
				kind) -> assertThat(adapter
					.read(ProviderCallbacks.personaEvent("evt_1", name, "inq_1", clientId.toString(), "x", NOW)
						.getBytes(StandardCharsets.UTF_8))
					.kind()).as(name).isEqualTo(kind));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
