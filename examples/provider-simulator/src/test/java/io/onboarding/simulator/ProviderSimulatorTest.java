package io.onboarding.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The simulator over HTTP: its APIs check what the providers check, and its buttons send
 * webhooks a receiver here verifies by the providers' documented algorithms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderSimulatorTest {

	record Received(String path, Map<String, List<String>> headers, String body) {
	}

	static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

	static final HttpServer ORCHESTRATOR = orchestrator();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	@DynamicPropertySource
	static void orchestratorUrl(DynamicPropertyRegistry registry) {
		registry.add("simulator.orchestrator-url", () -> "http://127.0.0.1:" + ORCHESTRATOR.getAddress().getPort());
	}

	@AfterAll
	static void stop() {
		ORCHESTRATOR.stop(0);
	}

	@Test
	void sumsubRegistersOnlySignedCallsAndSendsADigestedVerdict() throws Exception {
		String body = "{\"externalUserId\":\"client-1\",\"type\":\"individual\",\"fixedInfo\":{\"firstName\":\"Ada\"}}";
		assertThat(sumsub("POST", "/resources/applicants?levelName=basic-kyc-level", body, "wrong-secret").statusCode())
			.isEqualTo(401);
		HttpResponse<String> created = sumsub("POST", "/resources/applicants?levelName=basic-kyc-level", body,
				"simulator-sumsub-secret-key");
		assertThat(created.statusCode()).isEqualTo(201);
		String applicantId = json.readTree(created.body()).path("id").asText();
		assertThat(applicantId).matches("[0-9a-f]{24}");
		assertThat(sumsub("POST", "/resources/applicants?levelName=basic-kyc-level", body,
				"simulator-sumsub-secret-key")
			.statusCode()).isEqualTo(409);
		HttpResponse<String> found = sumsub("GET", "/resources/applicants/-;externalUserId=client-1/one", null,
				"simulator-sumsub-secret-key");
		assertThat(json.readTree(found.body()).path("id").asText()).isEqualTo(applicantId);
		String link = json.readTree(sumsub("POST", "/resources/sdkIntegrations/levels/-/websdkLink",
				"{\"levelName\":\"basic-kyc-level\",\"userId\":\"client-1\",\"ttlInSecs\":600}",
				"simulator-sumsub-secret-key")
			.body()).path("url").asText();
		assertThat(link).endsWith("/sumsub/websdk/" + applicantId);

		RECEIVED.clear();
		press("/sumsub/websdk/" + applicantId + "/RED_RETRY", "labels=UNSATISFACTORY_PHOTOS,SELFIE_MISMATCH");
		Received webhook = RECEIVED.get(0);
		assertThat(webhook.path()).isEqualTo("/providers/sumsub/callbacks");
		assertThat(webhook.headers().get("X-payload-digest-alg")).containsExactly("HMAC_SHA256_HEX");
		assertThat(webhook.headers().get("X-payload-digest"))
			.containsExactly(hmac("simulator-sumsub-webhook-secret", webhook.body()));
		JsonNode event = json.readTree(webhook.body());
		assertThat(event.path("type").asText()).isEqualTo("applicantReviewed");
		assertThat(event.path("externalUserId").asText()).isEqualTo("client-1");
		assertThat(event.path("reviewResult").path("reviewRejectType").asText()).isEqualTo("RETRY");
		assertThat(event.path("reviewResult").path("rejectLabels").toString())
			.isEqualTo("[\"UNSATISFACTORY_PHOTOS\",\"SELFIE_MISMATCH\"]");
	}

	@Test
	void personaCreatesInquiriesForItsKeyAndSendsASignedEvent() throws Exception {
		String body = "{\"data\":{\"attributes\":{\"inquiry-template-id\":\"itmpl_simulator\",\"reference-id\":\"client-2\","
				+ "\"fields\":{\"name-first\":\"Grace\"}}}}";
		assertThat(persona("/api/v1/inquiries", body, "wrong").statusCode()).isEqualTo(401);
		HttpResponse<String> created = persona("/api/v1/inquiries", body, "persona_sandbox_simulator");
		assertThat(created.statusCode()).isEqualTo(201);
		String inquiryId = json.readTree(created.body()).path("data").path("id").asText();
		assertThat(inquiryId).startsWith("inq_");
		String link = json.readTree(persona("/api/v1/inquiries/" + inquiryId + "/generate-one-time-link", "{}",
				"persona_sandbox_simulator")
			.body()).path("meta").path("one-time-link").asText();
		assertThat(link).endsWith("/persona/verify/" + inquiryId);

		RECEIVED.clear();
		press("/persona/verify/" + inquiryId + "/inquiry.approved", "");
		Received webhook = RECEIVED.get(0);
		assertThat(webhook.path()).isEqualTo("/providers/persona/callbacks");
		String signature = webhook.headers().get("Persona-signature").get(0);
		String t = signature.substring(2, signature.indexOf(','));
		assertThat(Long.parseLong(t)).isCloseTo(Instant.now().getEpochSecond(),
				org.assertj.core.data.Offset.offset(60L));
		assertThat(signature).endsWith(",v1=" + hmac("wbhsec_simulator", t + "." + webhook.body()));
		JsonNode event = json.readTree(webhook.body()).path("data");
		assertThat(event.path("attributes").path("name").asText()).isEqualTo("inquiry.approved");
		assertThat(event.path("attributes").path("payload").path("data").path("attributes").path("reference-id")
			.asText()).isEqualTo("client-2");
	}

	private HttpResponse<String> sumsub(String method, String path, String body, String secret) throws Exception {
		long ts = Instant.now().getEpochSecond();
		String signature = hmac(secret, ts + method + path + (body == null ? "" : body));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("X-App-Token", "sbx:simulator-app-token")
			.header("X-App-Access-Ts", Long.toString(ts))
			.header("X-App-Access-Sig", signature)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> persona(String path, String body, String key) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void press(String action, String form) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
	}

	private static String hmac(String secret, String data) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
	}

	private static HttpServer orchestrator() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/providers/", exchange -> {
				RECEIVED.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
