package io.onboarding.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The verification providers of the integration tests, Sumsub and Persona, played by the
 * shared WireMock server as their API references describe them: out of the box every
 * applicant or inquiry is registered under a new id and given a link; the tests stub the
 * rest (failures, the applicant of an import) and send the callbacks themselves.
 */
public final class VerificationStubs {

	public static final String SUMSUB_APP_TOKEN = "sbx:sumsub-test-app-token";

	public static final String SUMSUB_SECRET_KEY = "sumsub-test-secret-key";

	public static final String SUMSUB_WEBHOOK_SECRET = "sumsub-test-webhook-secret";

	public static final String SUMSUB_LEVEL = "basic-kyc-level";

	public static final String PERSONA_API_KEY = "persona_sandbox_test-key";

	public static final String PERSONA_TEMPLATE = "itmpl_TestTemplate123";

	public static final String PERSONA_WEBHOOK_SECRET = "wbhsec_test-persona-secret";

	private VerificationStubs() {
	}

	/**
	 * DOC_ONLY applications are verified at Sumsub; Persona takes callbacks and imports.
	 */
	static Map<String, Object> properties(WireMockServer server) {
		return Map.ofEntries(Map.entry("onboarding.verification.levels.DOC_ONLY", "sumsub"),
				Map.entry("onboarding.verification.providers.sumsub.base-url", server.baseUrl() + "/sumsub"),
				Map.entry("onboarding.verification.providers.sumsub.app-token", SUMSUB_APP_TOKEN),
				Map.entry("onboarding.verification.providers.sumsub.secret-key", SUMSUB_SECRET_KEY),
				Map.entry("onboarding.verification.providers.sumsub.webhook-secret", SUMSUB_WEBHOOK_SECRET),
				Map.entry("onboarding.verification.providers.sumsub.level-name", SUMSUB_LEVEL),
				Map.entry("onboarding.verification.providers.sumsub.import-verified", "true"),
				Map.entry("onboarding.verification.providers.sumsub.retry-cycle", ProviderStub.RETRY_CYCLE),
				Map.entry("onboarding.verification.providers.sumsub.read-timeout", "1s"),
				Map.entry("onboarding.verification.providers.persona.base-url", server.baseUrl() + "/persona"),
				Map.entry("onboarding.verification.providers.persona.api-key", PERSONA_API_KEY),
				Map.entry("onboarding.verification.providers.persona.template-id", PERSONA_TEMPLATE),
				Map.entry("onboarding.verification.providers.persona.webhook-secret", PERSONA_WEBHOOK_SECRET),
				Map.entry("onboarding.verification.providers.persona.import-verified", "true"),
				Map.entry("onboarding.verification.providers.persona.retry-cycle", ProviderStub.RETRY_CYCLE),
				Map.entry("onboarding.verification.providers.persona.read-timeout", "1s"));
	}

	/**
	 * The same, as the environment of a node started on its own: FULL_KYC applicants
	 * verified at Sumsub.
	 */
	public static Map<String, String> nodeEnvironment(WireMockServer server) {
		return Map.of("ONBOARDING_VERIFICATION_LEVELS_FULL_KYC", "sumsub",
				"ONBOARDING_VERIFICATION_PROVIDERS_SUMSUB_BASE_URL", server.baseUrl() + "/sumsub",
				"ONBOARDING_VERIFICATION_PROVIDERS_SUMSUB_APP_TOKEN", SUMSUB_APP_TOKEN,
				"ONBOARDING_VERIFICATION_PROVIDERS_SUMSUB_SECRET_KEY", SUMSUB_SECRET_KEY,
				"ONBOARDING_VERIFICATION_PROVIDERS_SUMSUB_WEBHOOK_SECRET", SUMSUB_WEBHOOK_SECRET,
				"ONBOARDING_VERIFICATION_PROVIDERS_SUMSUB_LEVEL_NAME", SUMSUB_LEVEL,
				"ONBOARDING_VERIFICATION_PROVIDERS_SUMSUB_RETRY_CYCLE", ProviderStub.RETRY_CYCLE);
	}

	static void defaults(WireMockServer server) {
		server.stubFor(post(urlMatching("/sumsub/resources/applicants\\?levelName=.*")).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"{{randomValue length=24 type='HEXADECIMAL' lowercase=true}}\", "
						+ "\"createdAt\": \"2026-12-01 10:00:00\", \"clientId\": \"onboarding-tests\", "
						+ "\"externalUserId\": \"{{jsonPath request.body '$.externalUserId'}}\", "
						+ "\"type\": \"{{jsonPath request.body '$.type'}}\", "
						+ "\"review\": {\"reviewStatus\": \"init\", \"levelName\": \"" + SUMSUB_LEVEL + "\"}}")
				.withTransformers("response-template")));
		server.stubFor(post(urlPathEqualTo("/sumsub/resources/sdkIntegrations/levels/-/websdkLink")).atPriority(10)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"url\": \"https://in.sumsub.com/websdk/p/{{randomValue length=16 type='ALPHANUMERIC'}}\"}")
				.withTransformers("response-template")));
		server.stubFor(post(urlPathEqualTo("/persona/api/v1/inquiries")).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"data\": {\"type\": \"inquiry\", \"id\": \"inq_{{randomValue length=24 type='ALPHANUMERIC'}}\", "
								+ "\"attributes\": {\"status\": \"created\", "
								+ "\"reference-id\": \"{{jsonPath request.body '$.data.attributes.reference-id'}}\"}}}")
				.withTransformers("response-template")));
		server.stubFor(post(urlMatching("/persona/api/v1/inquiries/inq_[A-Za-z0-9]+/generate-one-time-link"))
			.atPriority(10)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"data\": {\"type\": \"inquiry\", \"id\": \"{{request.pathSegments.[4]}}\", "
						+ "\"attributes\": {\"status\": \"pending\"}}, \"meta\": {\"one-time-link\": "
						+ "\"https://withpersona.com/verify?code=us1-{{randomValue length=12 type='ALPHANUMERIC'}}\"}}")
				.withTransformers("response-template")));
	}

}
