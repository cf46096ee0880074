package io.onboarding.orchestrator.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;
import io.onboarding.orchestrator.support.Payload;

/**
 * Requests that race for the same record. Each answer is a success or a 409 problem, and
 * what the successes said they did is what is stored: no update lost, no batch half-kept.
 * (Two officers deciding at once: KycApplicationIT; one Idempotency-Key at once:
 * IdempotencyIT; associations at once: AccountAdministrationIT; two migrations of one
 * source: MigrationIT.)
 */
@IntegrationTest
class ConcurrencyIT {

	private static final int RACERS = 8;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void concurrentPatchesOfOneClientLoseNoUpdate() throws Exception {
		Api api = Api.at(port).asIntegrator();
		String client = api.post("/clients", Payload.individual().set("workflow.kycLevel", "NOT_REQUIRED"))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();

		List<Api.Response> answers = race(IntStream.range(0, RACERS)
			.mapToObj(i -> (Callable<Api.Response>) () -> api.patch("/clients/" + client,
					Map.of("data",
							Map.of("client", Map.of("attributes", Map.of("note" + i, "written by racer " + i))))))
			.toList());

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.toString()).isIn(200, 409);
			if (answer.status() == 409) {
				assertThat(answer.json().path("type").asText()).isEqualTo("/problems/concurrent-update");
			}
		});
		Set<String> acknowledged = IntStream.range(0, RACERS)
			.filter(i -> answers.get(i).status() == 200)
			.mapToObj(i -> "note" + i)
			.collect(Collectors.toSet());
		JsonNode attributes = api.get("/clients/" + client).json().path("data").path("client").path("attributes");
		Set<String> stored = new java.util.HashSet<>();
		attributes.fieldNames().forEachRemaining(name -> {
			if (name.startsWith("note")) {
				stored.add(name);
			}
		});
		assertThat(acknowledged).as("at least one racer wins").isNotEmpty();
		assertThat(stored).as("every acknowledged update is kept, and only those").isEqualTo(acknowledged);
	}

	@Test
	void concurrentRelationBatchesAreEachKeptWholeAndNoneLost() throws Exception {
		Api api = Api.at(port).asIntegrator();
		String client = api.post("/clients", Payload.corporate().set("workflow.kycLevel", "NOT_REQUIRED"))
			.json()
			.path("data")
			.path("client")
			.path("id")
			.asText();
		int batches = 4;

		List<Api.Response> answers = race(IntStream.range(0, batches)
			.mapToObj(b -> (Callable<Api.Response>) () -> api.post("/clients/" + client + "/relations",
					Map.of("workflow", Map.of("code", "direct"), "data", Map.of("clientRelations",
							IntStream.range(0, 10).mapToObj(r -> director("Batch" + b, "Director" + r)).toList()))))
			.toList());
		List<Map<String, Object>> eleven = IntStream.range(0, 11).mapToObj(r -> director("Eleven", "D" + r)).toList();
		Api.Response tooMany = api.post("/clients/" + client + "/relations",
				Map.of("workflow", Map.of("code", "direct"), "data", Map.of("clientRelations", eleven)));

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.errorFields()).containsExactly("data.clientRelations");
		List<Map<String, Object>> stored = jdbc.queryForList("SELECT r.id FROM relations r WHERE r.client_id = ?::uuid",
				client);
		assertThat(stored).as("four whole batches of ten, and nothing of the eleven").hasSize(batches * 10);
	}

	private static Map<String, Object> director(String givenName, String familyName) {
		return Map.of("relation", "director", "identity",
				Map.of("type", "individual", "givenName", givenName, "familyName", familyName, "birthDate",
						"1980-01-01", "country", "GB"),
				"profile", Map.of("identityType", "individual", "residentialAddress", Map.of("country", "GB", "city",
						"London", "street", "Baker Street", "houseNumber", "221B", "postalCode", "NW1 6XE")));
	}

	/** Starts every call at the same moment and collects the answers in order. */
	private static <T> List<T> race(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
