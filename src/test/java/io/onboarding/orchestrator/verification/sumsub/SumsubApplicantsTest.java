package io.onboarding.orchestrator.verification.sumsub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.provider.ProviderUnavailableException;
import io.onboarding.orchestrator.provider.SourceClient;
import io.onboarding.orchestrator.support.ProviderCallbacks;
import io.onboarding.orchestrator.verification.Applicant;
import io.onboarding.orchestrator.verification.Registration;
import io.onboarding.orchestrator.verification.VerificationSettings;

/**
 * The Sumsub adapter against a WireMock server answering as Sumsub's API reference shows:
 * requests signed by the App Token scheme (checked here by the documented algorithm),
 * applicants registered, links issued, failures turned into retries.
 */
class SumsubApplicantsTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final String SECRET = "sumsub-secret-key";

	private final WireMockServer sumsub = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private SumsubProvider adapter;

	private final UUID clientId = UUID.randomUUID();

	private final Applicant applicant = new Applicant(clientId, false, "Canay", "Özel", null, "1987-01-01", "TR",
			"canay@example.com", "+441234567890");

	@BeforeEach
	void start() {
		sumsub.start();
		adapter = new SumsubProvider(
				new VerificationSettings.Provider(URI.create(sumsub.baseUrl()), "sbx:app-token", SECRET,
						"basic kyc+level", null, null, null, "webhook-secret", false, null, Duration.ofSeconds(1),
						Duration.ofMillis(500)),
				Duration.ofDays(7), new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));
		sumsub.stubFor(post(urlPathEqualTo("/resources/sdkIntegrations/levels/-/websdkLink"))
			.willReturn(json(200, "{\"url\": \"https://in.sumsub.com/websdk/p/abc123\"}")));
	}

	@AfterEach
	void stop() {
		sumsub.stop();
	}

	@Test
	void anApplicantIsRegisteredWithASignedRequestAndGetsAWebSdkLink() {
		sumsub.stubFor(post(urlEqualTo("/resources/applicants?levelName=basic%20kyc%2Blevel")).willReturn(json(201,
				"{\"id\": \"5b594ade0a975a36c9349e66\", \"createdAt\": \"2020-06-24 05:05:14\", "
						+ "\"externalUserId\": \"" + clientId + "\", \"review\": {\"reviewStatus\": \"init\"}, "
						+ "\"type\": \"individual\"}")));

		Registration registration = adapter.register(applicant);

		assertThat(registration)
			.isEqualTo(new Registration("5b594ade0a975a36c9349e66", "https://in.sumsub.com/websdk/p/abc123"));
		LoggedRequest create = sumsub.findAll(postRequestedFor(urlPathEqualTo("/resources/applicants"))).get(0);
		assertThat(create.getHeader("X-App-Token")).isEqualTo("sbx:app-token");
		assertThat(create.getHeader("X-App-Access-Ts")).isEqualTo(Long.toString(NOW.getEpochSecond()));
		assertThat(create.getHeader("X-App-Access-Sig")).isEqualTo(documentedSignature(create));
		assertThat(create.getBodyAsString()).isEqualTo("{\"externalUserId\":\"" + clientId
				+ "\",\"type\":\"individual\",\"email\":\"canay@example.com\",\"phone\":\"+441234567890\","
				+ "\"fixedInfo\":{\"firstName\":\"Canay\",\"lastName\":\"Özel\",\"dob\":\"1987-01-01\",\"country\":\"TUR\"}}");
		LoggedRequest link = sumsub
			.findAll(postRequestedFor(urlPathEqualTo("/resources/sdkIntegrations/levels/-/websdkLink")))
			.get(0);
		assertThat(link.getHeader("X-App-Access-Sig")).isEqualTo(documentedSignature(link));
		assertThat(link.getBodyAsString())
			.isEqualTo("{\"levelName\":\"basic kyc+level\",\"userId\":\"" + clientId + "\",\"ttlInSecs\":604800}");
	}

	@Test
	void anApplicantRegisteredBeforeIsLookedUpByOurId() {
		sumsub.stubFor(post(urlPathEqualTo("/resources/applicants")).willReturn(json(409, "{\"code\": 409, "
				+ "\"description\": \"Applicant with external user id '" + clientId + "' already exists: 63e0\"}")));
		sumsub.stubFor(get(urlEqualTo("/resources/applicants/-;externalUserId=" + clientId + "/one"))
			.withHeader("X-App-Token", equalTo("sbx:app-token"))
			.willReturn(json(200, "{\"id\": \"63e096d1fe0f4b2c1f3fb0d0\", \"externalUserId\": \"" + clientId + "\"}")));

		assertThat(adapter.register(applicant).applicantId()).isEqualTo("63e096d1fe0f4b2c1f3fb0d0");
	}

	@Test
	void aSumsubThatCantAnswerIsRetriedLater() {
		sumsub.stubFor(post(urlPathEqualTo("/resources/applicants")).willReturn(aResponse().withStatus(500)));
		assertThatThrownBy(() -> adapter.register(applicant)).isInstanceOf(ProviderUnavailableException.class)
			.hasMessage("sumsub answered POST /resources/applicants with HTTP 500");

		sumsub.stubFor(post(urlPathEqualTo("/resources/applicants")).willReturn(json(201, "<html>oops</html>")));
		assertThatThrownBy(() -> adapter.register(applicant)).isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("not JSON");

		sumsub.stubFor(post(urlPathEqualTo("/resources/applicants")).willReturn(json(201, "{\"no\": \"id\"}")));
		assertThatThrownBy(() -> adapter.register(applicant)).isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("without id");

		sumsub.stubFor(post(urlPathEqualTo("/resources/applicants"))
			.willReturn(json(201, "{\"id\": \"x\"}").withFixedDelay(1500)));
		assertThatThrownBy(() -> adapter.register(applicant)).isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("did not answer");

		sumsub.stubFor(post(urlPathEqualTo("/resources/applicants"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "http://evil.example/")));
		assertThatThrownBy(() -> adapter.register(applicant)).isInstanceOf(ProviderUnavailableException.class)
			.hasMessageContaining("redirect");
	}

	@Test
	void anApplicantSumsubVerifiedIsReadAsAClient() {
		sumsub.stubFor(get(urlEqualTo("/resources/applicants/5b594ade0a975a36c9349e66/one")).willReturn(json(200,
				"""
						{"id": "5b594ade0a975a36c9349e66", "createdAt": "2020-06-24 05:05:14", "externalUserId": "SomeId",
						 "email": "christman1@gmail.com", "type": "individual",
						 "info": {"firstName": "Chris", "lastName": "Smith", "dob": "1989-07-16", "country": "DEU",
						   "addresses": [{"street": "Musterstrasse 1", "town": "Berlin", "postCode": "10115", "country": "DEU"}]},
						 "review": {"reviewStatus": "completed", "reviewResult": {"reviewAnswer": "GREEN"}}}""")));

		SourceClient source = adapter.fetchApplicant("5b594ade0a975a36c9349e66").orElseThrow();

		assertThat(source.kycStatus()).isEqualTo("approved");
		assertThat(source.client().path("identity").path("givenName").asText()).isEqualTo("Chris");
		assertThat(source.client().path("identity").path("country").asText()).isEqualTo("DE");
		assertThat(source.client().path("profile").path("residentialAddress").path("city").asText())
			.isEqualTo("Berlin");
		assertThat(adapter.fetchApplicant("unknown")).as("404").isEmpty();
	}

	/**
	 * Sumsub's reference: hex HMAC-SHA256 of ts + METHOD + path with query + body, with
	 * the secret key.
	 */
	private static String documentedSignature(LoggedRequest request) {
		byte[] head = (request.getHeader("X-App-Access-Ts") + request.getMethod().getName() + request.getUrl())
			.getBytes(StandardCharsets.UTF_8);
		byte[] body = request.getBody();
		byte[] signed = new byte[head.length + body.length];
		System.arraycopy(head, 0, signed, 0, head.length);
		System.arraycopy(body, 0, signed, head.length, body.length);
		return ProviderCallbacks.hex("HmacSHA256", SECRET, signed);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
