package io.onboarding.orchestrator.verification.sumsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.onboarding.orchestrator.api.InvalidRequestException;
import io.onboarding.orchestrator.api.UnauthenticatedException;
import io.onboarding.orchestrator.support.ProviderCallbacks;
import io.onboarding.orchestrator.verification.ProviderEvent;
import io.onboarding.orchestrator.verification.VerificationSettings;

/** Sumsub's webhooks as its docs show them: the digest checked, the events read. */
class SumsubCallbackTest {

	private static final String SECRET = "webhook-secret";

	private final SumsubProvider sumsub = new SumsubProvider(
			new VerificationSettings.Provider(URI.create("http://127.0.0.1:1"), "app-token", "secret-key",
					"basic-kyc-level", null, null, null, SECRET, false, null, null, null),
			Duration.ofDays(7), new ObjectMapper(), Clock.systemUTC());

	@Test
	void everyDocumentedDigestAlgorithmIsAccepted() {
		byte[] body = reviewed("GREEN", null).getBytes(StandardCharsets.UTF_8);
		for (String[] algorithm : new String[][] { { "HMAC_SHA1_HEX", "HmacSHA1" }, { "HMAC_SHA256_HEX", "HmacSHA256" },
				{ "HMAC_SHA512_HEX", "HmacSHA512" } }) {
			sumsub.authenticate(Map.of("x-payload-digest", ProviderCallbacks.hex(algorithm[1], SECRET, body),
					"x-payload-digest-alg", algorithm[0]), body);
		}
	}

	@Test
	void aDigestOfAnotherBodyOrSecretIsRefused() {
		byte[] body = reviewed("GREEN", null).getBytes(StandardCharsets.UTF_8);
		byte[] other = reviewed("RED", "FINAL").getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> sumsub.authenticate(Map.of("x-payload-digest",
				ProviderCallbacks.hex("HmacSHA256", SECRET, other), "x-payload-digest-alg", "HMAC_SHA256_HEX"), body))
			.isInstanceOf(UnauthenticatedException.class);
		assertThatThrownBy(() -> sumsub.authenticate(Map.of("x-payload-digest",
				ProviderCallbacks.hex("HmacSHA256", "guess", body), "x-payload-digest-alg", "HMAC_SHA256_HEX"), body))
			.isInstanceOf(UnauthenticatedException.class);
		assertThatThrownBy(() -> sumsub.authenticate(Map.of(), body)).isInstanceOf(UnauthenticatedException.class);
	}

	@Test
	void reviewsAreReadAsTheirVerdicts() {
		ProviderEvent green = read(reviewed("GREEN", null));
		assertThat(green.kind()).isEqualTo(ProviderEvent.Kind.APPROVED);
		assertThat(green.applicantId()).isEqualTo("5cb56e8e0a975a35f333cb83");
		assertThat(green.externalUserId()).isEqualTo("12672");
		assertThat(green.occurredAt()).isEqualTo(Instant.parse("2020-02-21T13:23:19.321Z"));

		ProviderEvent finalRed = read(reviewed("RED", "FINAL"));
		assertThat(finalRed.kind()).isEqualTo(ProviderEvent.Kind.REJECTED_FINAL);
		assertThat(finalRed.labels()).containsExactly("UNSATISFACTORY_PHOTOS", "GRAPHIC_EDITOR", "FORGERY");
		assertThat(read(reviewed("RED", "RETRY")).kind()).isEqualTo(ProviderEvent.Kind.REJECTED_RETRY);
		assertThat(finalRed.eventId()).as("a review and its answer name the event").isNotEqualTo(green.eventId());
	}

	@Test
	void theOtherEventsAreReadToo() {
		// Sumsub's applicantReset, verbatim from its docs (a production capture)
		ProviderEvent reset = read("""
				{"applicantId": "5f194e74040c3f316bda271c", "inspectionId": "5f194e74040c3f316bda271d",
				 "applicantType": "individual", "correlationId": "req-57fed49a-07b8-4413-bdaa-a1be903769e9",
				 "externalUserId": "12672", "type": "applicantReset", "reviewResult": {"reviewAnswer": "GREEN"},
				 "reviewStatus": "init", "createdAt": "2021-03-01 11:34:51+0000", "clientId": "SumsubClient"}""");
		assertThat(reset.kind()).isEqualTo(ProviderEvent.Kind.RESET);
		assertThat(reset.occurredAt()).isEqualTo(Instant.parse("2021-03-01T11:34:51Z"));
		assertThat(read(ProviderCallbacks.sumsubEvent("applicantPending", "a1", "c1", "pending", Instant.now())).kind())
			.isEqualTo(ProviderEvent.Kind.PENDING);
		assertThat(read(ProviderCallbacks.sumsubEvent("applicantOnHold", "a1", "c1", "onHold", Instant.now())).kind())
			.isEqualTo(ProviderEvent.Kind.NEEDS_REVIEW);
		assertThat(read(
				ProviderCallbacks.sumsubEvent("applicantWorkflowCompleted", "a1", "c1", "completed", Instant.now()))
			.kind()).isEqualTo(ProviderEvent.Kind.OTHER);
	}

	@Test
	void whatIsNoSumsubWebhookIsA400() {
		assertThatThrownBy(() -> read("{\"type\": ")).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> read("{\"type\": \"applicantReviewed\"}")).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(
				() -> read("{\"type\": \"applicantPending\", \"applicantId\": \"a\", \"createdAtMs\": \"yesterday\"}"))
			.isInstanceOf(InvalidRequestException.class);
	}

	private ProviderEvent read(String body) {
		return sumsub.read(body.getBytes(StandardCharsets.UTF_8));
	}

	/** Sumsub's applicantReviewed examples from its docs, with the answer asked for. */
	private static String reviewed(String answer, String rejectType) {
		return ProviderCallbacks.sumsubReviewed("5cb56e8e0a975a35f333cb83", "12672", answer, rejectType,
				rejectType == null ? List.of() : List.of("UNSATISFACTORY_PHOTOS", "GRAPHIC_EDITOR", "FORGERY"),
				Instant.parse("2020-02-21T13:23:19.321Z"));
	}

}
