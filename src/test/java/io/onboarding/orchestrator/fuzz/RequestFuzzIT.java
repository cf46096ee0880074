package io.onboarding.orchestrator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.onboarding.orchestrator.support.Api;
import io.onboarding.orchestrator.support.IntegrationTest;

/**
 * Bad input of any kind, to any endpoint, is answered with a 4xx problem that says what
 * is wrong, never a 5xx or a stack trace, and stores nothing (issue #10). jqwik generates
 * the requests: an endpoint of {@link Endpoint#ALL} with its valid request, changed by
 * one {@link Mutation} (a member removed, set to null, to another type, to a huge string
 * or odd Unicode, nested 2,000 levels deep; an unknown member; broken JSON; a body over
 * the limit; another content type, id, query parameter, key or method), sent to the
 * running service. Not every change makes a request invalid: a success is fine, as long
 * as what it stored can be read back.
 *
 * <p>
 * Each {@code ./mvnw verify} makes {@code jqwik.tries.default} tries, 300, set in
 * {@code src/test/resources/junit-platform.properties}. A longer run sets it on the
 * command line, which JUnit reads before that file:
 *
 * <pre>
 * ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RequestFuzzIT -Djqwik.tries.default=5000
 * </pre>
 *
 * A failure shows the request as generated and as jqwik shrank it, with the answer and
 * the seed; the next run tries the failing sample first (jqwik keeps it under
 * {@code target/jqwik-database}). To replay a seed, give it to the property for a run:
 * {@code @Property(seed = "...")}.
 */
@JqwikSpringSupport
@IntegrationTest
class RequestFuzzIT {

	/**
	 * The rows no refused request may add, whatever the endpoint. Migrated clients and
	 * their relations are not counted: migrations that other tests started may still
	 * store them.
	 */
	private static final String RECORDS = """
			SELECT (SELECT count(*) FROM clients c
			         WHERE NOT EXISTS (SELECT 1 FROM migrations m WHERE m.client_id = c.id)) AS clients,
			       (SELECT count(*) FROM relations r
			         WHERE NOT EXISTS (SELECT 1 FROM migrations m WHERE m.client_id = r.client_id)) AS relations,
			       (SELECT count(*) FROM users) AS users,
			       (SELECT count(*) FROM migrations) AS migrations,
			       (SELECT count(*) FROM migration_batches) AS batches,
			       (SELECT count(*) FROM webhook_endpoints) AS endpoints""";

	private static final Pattern STACK_FRAME = Pattern
		.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: |\\tat ");

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Property
	void everyAnswerIsASuccessOrAProblemNamingItAndARefusalStoresNothing(@ForAll("requests") Case fuzz) {
		Fixtures fixtures = Fixtures.at(port);
		Request request = fuzz.mutation().apply(fuzz.endpoint(), fuzz.endpoint().request());
		List<Map<String, Object>> before = stored(fuzz.endpoint(), fixtures);

		Api.Response answer = request.send(port, fixtures);

		Statistics.label("mutation").collect(fuzz.mutation().kind());
		Statistics.label("answer").collect(answer.status());
		String what = fuzz + " -> " + describe(answer);
		assertThat(answer.status()).as("never a 5xx: " + what).isLessThan(500);
		assertThat(answer.status() / 100).as("a success or a client error: " + what).isIn(2, 4);
		assertThat(answer.text()).as("no stack trace: " + what).doesNotContainPattern(STACK_FRAME);
		if (answer.status() / 100 == 2) {
			assertReadable(fuzz.endpoint(), answer, fixtures, what);
		}
		else {
			assertProblem(answer, what);
			assertThat(stored(fuzz.endpoint(), fixtures)).as("a refused request stored nothing: " + what)
				.isEqualTo(before);
		}
	}

	@Provide
	Arbitrary<Case> requests() {
		return Arbitraries.of(Endpoint.ALL)
			.flatMap(endpoint -> Mutations.of(endpoint).map(mutation -> new Case(endpoint, mutation)));
	}

	@AfterContainer
	static void endWhatGoesOn() {
		Fixtures.remove();
	}

	/**
	 * The problem names its kind, its status and what is wrong; an invalid request, each
	 * field.
	 */
	private static void assertProblem(Api.Response answer, String what) {
		assertThat(answer.header("Content-Type")).as("a problem+json: " + what).startsWith("application/problem+json");
		assertThat(answer.text()).as("no exception in a problem: " + what)
			.doesNotContain("Exception", "java.lang", "at io.onboarding", "at org.");
		JsonNode problem = json(answer, what);
		assertThat(problem.path("type").asText()).as("the problem's type: " + what).isNotBlank();
		assertThat(problem.path("title").asText()).as("the problem's title: " + what).isNotBlank();
		assertThat(problem.path("status").asInt()).as("the problem's status: " + what).isEqualTo(answer.status());
		assertThat(problem.path("detail").asText()).as("what the problem is: " + what).isNotBlank();
		if (problem.path("type").asText().endsWith("/invalid-request")) {
			assertThat(problem.path("errors").size()).as("the fields of an invalid request: " + what).isPositive();
		}
		for (JsonNode error : problem.path("errors")) {
			assertThat(error.path("field").asText()).as("each error names its field: " + what).isNotBlank();
			assertThat(error.path("message").asText()).as("and what is wrong with it: " + what).isNotBlank();
		}
	}

	/**
	 * What a success created (its Location) or changed (the endpoint's read-back) can be
	 * read: a request accepted with data that can't be written out again would make every
	 * later read fail.
	 */
	private void assertReadable(Endpoint endpoint, Api.Response answer, Fixtures fixtures, String what) {
		String location = answer.status() == 201 || answer.status() == 202 ? answer.header("Location") : null;
		String path = location != null ? location : fixtures.render(endpoint.readBack());
		if (path == null) {
			return;
		}
		Api operator = Api.at(port).asOperator();
		Api.Response read = operator.get(path);
		assertThat(read.status()).as("then GET " + path + " -> " + describe(read) + ", after " + what).isEqualTo(200);
		if (location != null && endpoint.removeCreated()) {
			operator.delete(location);
		}
	}

	private List<Map<String, Object>> stored(Endpoint endpoint, Fixtures fixtures) {
		List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(RECORDS));
		if (endpoint.state() != null) {
			rows.addAll(jdbc.queryForList(fixtures.render(endpoint.state())));
		}
		return rows;
	}

	private static JsonNode json(Api.Response answer, String what) {
		try {
			return JSON.readTree(answer.text());
		}
		catch (IOException e) {
			return fail("a problem that is not JSON: " + what, e);
		}
	}

	private static String describe(Api.Response answer) {
		String text = answer.text() == null ? "" : answer.text();
		return answer.status() + " " + answer.header("Content-Type") + " "
				+ (text.length() > 500 ? text.substring(0, 500) + "... (" + text.length() + " chars)" : text);
	}

	/** One try: the endpoint and the change to its valid request. */
	record Case(Endpoint endpoint, Mutation mutation) {

		@Override
		public String toString() {
			return endpoint + " [" + mutation + "]";
		}
	}

}
