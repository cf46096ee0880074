package io.onboarding.orchestrator.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.TestKeys;

/** {@code Idempotency-Key} on POST, kept in the database (SPEC 2). */
@IntegrationTest
class IdempotencyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdempotencyStore store;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port).asIntegrator();
	}

	@Test
	void sameKeyAndBodyReplayTheFirstResponse() {
		String key = UUID.randomUUID().toString();
		Payload request = Payload.individual();

		Api.Response first = api.withHeader("Idempotency-Key", key).post("/clients", request);
		Api.Response again = api.withHeader("Idempotency-Key", key).post("/clients", request);

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(again.json()).isEqualTo(first.json());
		String email = request.get("data.client.profile.email").asText();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM clients WHERE search_email = ?", Integer.class, email))
			.as("the client was created once")
			.isEqualTo(1);
	}

	@Test
	void sameKeyWithAnotherBodyIsA422() {
		String key = UUID.randomUUID().toString();
		Payload first = Payload.individual();
		Payload other = Payload.individual();
		api.withHeader("Idempotency-Key", key).post("/clients", first);

		Api.Response reused = api.withHeader("Idempotency-Key", key).post("/clients", other);

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(clientsWithEmailOf(first)).as("the first request's client, once").isEqualTo(1);
		assertThat(clientsWithEmailOf(other)).as("nothing of the refused one").isZero();
	}

	private int clientsWithEmailOf(Payload request) {
		return jdbc.queryForObject("SELECT count(*) FROM clients WHERE search_email = ?", Integer.class,
				request.get("data.client.profile.email").asText());
	}

	@Test
	void aKeyStillInFlightIsA409() {
		String key = UUID.randomUUID().toString();
		Payload request = Payload.individual();
		// a request with this key is running on some node: its claim is in the database
		byte[] body = request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		jdbc.update(
				"INSERT INTO idempotency_keys (owner, idempotency_key, request_hash, state, created_at) "
						+ "VALUES (?, ?, ?, 'in_flight', ?)",
				"test-integrator", key, hash("/clients", body), Timestamp.from(Instant.now()));

		Api.Response concurrent = api.withHeader("Idempotency-Key", key).post("/clients", request);

		assertThat(concurrent.status()).as(concurrent.toString()).isEqualTo(409);
		assertThat(clientsWithEmailOf(request)).as("the in-flight request is the one to store it").isZero();
	}

	@Test
	void anAbandonedClaimIsTakenOverAfterItsTimeout() {
		String key = UUID.randomUUID().toString();
		Payload request = Payload.individual();
		byte[] body = request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		jdbc.update(
				"INSERT INTO idempotency_keys (owner, idempotency_key, request_hash, state, created_at) "
						+ "VALUES (?, ?, ?, 'in_flight', ?)",
				"test-integrator", key, hash("/clients", body),
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));

		assertThat(api.withHeader("Idempotency-Key", key).post("/clients", request).status()).isEqualTo(201);
		assertThat(clientsWithEmailOf(request)).isEqualTo(1);
	}

	@Test
	void aRequestWhoseKeyWasTakenOverKeepsNothingOfItsOwn() {
		String key = UUID.randomUUID().toString();
		IdempotencyStore.Claimed slow = (IdempotencyStore.Claimed) store.claim("test-integrator", key, "hash");
		// the slow request outruns the in-flight timeout, and a retry takes the key over
		jdbc.update("UPDATE idempotency_keys SET created_at = ? WHERE idempotency_key = ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))), key);
		IdempotencyStore.Claim retry = store.claim("test-integrator", key, "hash");
		assertThat(retry).isInstanceOf(IdempotencyStore.Claimed.class);

		assertThat(store.complete("test-integrator", key, slow.claimedAt(), 201, "application/json", null, "{}"))
			.as("the slow request's answer is not stored over the retry's claim")
			.isFalse();
		assertThat(store.complete("test-integrator", key, ((IdempotencyStore.Claimed) retry).claimedAt(), 201,
				"application/json", null, "{\"retry\": true}"))
			.isTrue();
		assertThat(jdbc.queryForObject("SELECT response_body FROM idempotency_keys WHERE idempotency_key = ?",
				String.class, key))
			.isEqualTo("{\"retry\": true}");
	}

	@Test
	void concurrentRequestsWithOneKeyCreateOneClient() throws Exception {
		String key = UUID.randomUUID().toString();
		Payload request = Payload.individual();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Callable<Api.Response> send = () -> api.withHeader("Idempotency-Key", key).post("/clients", request);
				answers.add(pool.submit(send));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> answer : answers) {
				statuses.add(answer.get().status());
			}
			// Each is the first answer, its replay, or a 409 while the first runs; which
			// depends on timing (containsOnly would also demand a 409).
			assertThat(statuses).allMatch(status -> status == 201 || status == 409).contains(201);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM clients WHERE search_email = ?", Integer.class,
				request.get("data.client.profile.email").asText()))
			.isEqualTo(1);
	}

	@Test
	void keysBelongToTheirApiKey() {
		String key = UUID.randomUUID().toString();
		Payload request = Payload.individual();
		api.withHeader("Idempotency-Key", key).post("/clients", request);

		Api.Response other = Api.at(port)
			.as(TestKeys.HASHED)
			.withHeader("Idempotency-Key", key)
			.post("/clients", Payload.individual());

		assertThat(other.status()).isEqualTo(201);
		assertThat(other.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void refusedRequestsReplayToo() {
		String key = UUID.randomUUID().toString();
		Payload invalid = Payload.individual().set("data.client.identity.country", "XX");

		Api.Response first = api.withHeader("Idempotency-Key", key).post("/clients", invalid);
		Api.Response again = api.withHeader("Idempotency-Key", key).post("/clients", invalid);

		assertThat(first.status()).isEqualTo(400);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(clientsWithEmailOf(invalid)).isZero();
	}

	@Test
	void keysAreKeptADayThenRemoved() {
		String fresh = UUID.randomUUID().toString();
		String old = UUID.randomUUID().toString();
		api.withHeader("Idempotency-Key", fresh).post("/clients", Payload.individual());
		api.withHeader("Idempotency-Key", old).post("/clients", Payload.individual());
		jdbc.update("UPDATE idempotency_keys SET created_at = ? WHERE idempotency_key = ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(25))), old);

		store.removeExpired();

		assertThat(jdbc.queryForList("SELECT idempotency_key FROM idempotency_keys WHERE idempotency_key IN (?, ?)",
				String.class, fresh, old))
			.containsExactly(fresh);
	}

	@Test
	void malformedKeyIsA400() {
		Api.Response refused = api.withHeader("Idempotency-Key", "x".repeat(300))
			.post("/clients", Payload.individual());

		assertThat(refused.status()).isEqualTo(400);
	}

	private static String hash(String path, byte[] body) {
		java.security.MessageDigest digest;
		try {
			digest = java.security.MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		digest.update(("POST " + path + "?\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		digest.update(body);
		return java.util.HexFormat.of().formatHex(digest.digest());
	}

}
