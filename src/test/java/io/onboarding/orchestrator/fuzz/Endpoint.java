package io.onboarding.orchestrator.fuzz;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.onboarding.orchestrator.support.Payload;
import io.onboarding.orchestrator.support.TestKeys;

/**
 * An endpoint of the API with a valid request to it, the starting point of every
 * mutation. {@code ${name}} in its path, query, body, read-back and state stands for an
 * id of the {@link Fixtures}.
 *
 * @param query the valid query: every parameter the endpoint reads, with a valid value
 * @param label the seed example the body is, if it is one
 * @param kept body paths no mutation touches, so that an accepted request has no effect
 * other tests trip over
 * @param readBack what to read after a success, to see that what was stored can be read
 * (a creation's Location otherwise)
 * @param state a query whose rows a refused request must leave as they were, besides the
 * counts every refusal is held to
 * @param removeCreated whether what a success created is deleted again right away
 */
record Endpoint(String method, String path, String query, JsonNode body, String label, Set<String> kept,
		boolean operatorOnly, String readBack, String state, boolean removeCreated) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

	private static final String DIRECT = "{\"workflow\": {\"code\": \"direct\"}}";
	static final String BULK_MIGRATION = """
			{"workflow": {"code": "migration", "kycLevel": "NOT_REQUIRED"},
			 "data": {"sourceIds": ["fuzz-unknown-source-1", "fuzz-unknown-source-2"]},
			 "connect": {"type": "explicit", "serviceProvider": "railsbank"}, "metadata": {}}""";

	/**
	 * Every endpoint of the API (README), each with a valid request. jqwik tries the
	 * first and the last of a list most often (as edge cases): they are the seeds with
	 * the most rules to break.
	 */
	static final List<Endpoint> ALL = List.of(
			// every seed example, without KYC: an accepted client must leave no review
			// task behind
			createClient("corporate-direct-with-relations"), createClient("individual-direct"),
			createClient("individual-create-user"), createClient("individual-railsbank"),
			// a source the provider does not know: accepted, the migration fails and
			// stores no client
			post("/clients", Payload.seed("migration").node()).labelled("migration"),
			get("/clients").withQuery("status=active&type=corporate&search=technology&subClientId=${partner}"
					+ "&createdFrom=2020-01-01&createdTo=2100-01-01&page=0&size=5"),
			get("/clients/${corporate}").withQuery("metadata.includeProfile=true"
					+ "&metadata.include=data.client.profile.primaryAddress,connect.connections"),
			patchClient("corporate", "patch-corporate"), patchClient("corporate", "patch-corporate-attributes"),
			patchClient("individual", "patch-individual"), patchClient("individual", "patch-individual-attributes"),
			patch("/clients/${corporate}/sub-client", json("""
					{"workflow": {"code": "direct"}, "data": {"subClientId": "${partner}"}}"""))
				.withReadBack("/clients/${corporate}")
				.withState(clientState("corporate")),
			patch("/clients/${corporate}/contract", json("""
					{"data": {"contract": "BasicContract", "termsVersion": "2024-01-01"}}"""))
				.withReadBack("/clients/${corporate}/contracts")
				.withState(clientState("corporate")),
			get("/clients/${corporate}/contracts").withQuery("page=0&size=10"),
			patch("/clients/${corporate}/compliance", json("""
					{"data": {"riskLevel": "low", "kycNote": "fuzz: documents checked"}}""")).forOperators()
				.withReadBack("/clients/${corporate}")
				.withState(clientState("corporate")),
			post("/clients/${corporate}/relations", Payload.of(DIRECT).set("data.clientRelation", director()).node()),
			post("/clients/${corporate}/relations",
					Payload.of(DIRECT).set("data.clientRelations", List.of(director(), shareholder())).node()),
			get("/clients/${corporate}/relations").withQuery("page=0&size=10"),
			get("/clients/${corporate}/relations/${relation}"),
			patch("/clients/${corporate}/relations/${relation}", json("""
					{"workflow": {"code": "direct"},
					 "data": {"clientRelation": {"relation": "director-and-shareholder"}}}"""))
				.withReadBack("/clients/${corporate}/relations/${relation}")
				.withState(relationState("relation")),
			delete("/clients/${corporate}/relations/${doomedRelation}").withState(relationState("doomedRelation")),
			get("/clients/${individual}/users"), get("/users/${user}"), get("/clients/${applicant}/application"),
			get("/applications/${application}"),
			// Accepted, these two move the application round: information requested,
			// given, requested again.
			post("/applications/${application}/decision", json("""
					{"data": {"decision": "request_information", "reason": "fuzz: a utility bill, please"}}"""))
				.forOperators()
				.withReadBack("/applications/${application}"),
			post("/applications/${application}/information", json("""
					{"data": {"note": "fuzz: attached", "client": {"attributes": {"fuzzNote": "attached"}}}}"""))
				.withReadBack("/clients/${applicant}?metadata.includeProfile=true")
				.withState(clientData("applicant")),
			post("/applications/${application}/submit", null).withReadBack("/applications/${application}"),
			post("/applications/${withdrawable}/withdraw", json("""
					{"data": {"reason": "fuzz: no longer needed"}}""")).withReadBack("/applications/${withdrawable}"),
			post("/webhooks/endpoints", json("""
					{"url": "${listener}/fuzz", "events": ["migrations.completed", "relations.screened"]}"""))
				.removingWhatItCreates(),
			get("/webhooks/endpoints").withQuery("page=0&size=10"), get("/webhooks/endpoints/${endpoint}"),
			delete("/webhooks/endpoints/${doomedEndpoint}").withState(endpointState("doomedEndpoint")),
			get("/webhooks/deliveries")
				.withQuery("status=delivered&endpointId=${endpoint}&eventType=clients.created&page=0&size=10"),
			get("/webhooks/deliveries/${delivery}"),
			post("/webhooks/deliveries/${delivery}/redeliver", null).withReadBack("/webhooks/deliveries/${delivery}"),
			post("/migrations", json(BULK_MIGRATION)),
			get("/migrations").withQuery("batchId=${batch}&status=failed&page=0&size=10"),
			get("/migrations/${migration}"), get("/migrations/batches/${batch}"),
			get("/clients/${corporate}/onboarding"), createClient("corporate-railsbank-related-entities"));

	static Endpoint get(String path) {
		return new Endpoint("GET", path, "", null, null, Set.of(), false, null, null, false);
	}

	static Endpoint delete(String path) {
		return new Endpoint("DELETE", path, "", null, null, Set.of(), false, null, null, false);
	}

	/** A null body: the endpoint reads none. */
	static Endpoint post(String path, JsonNode body) {
		return new Endpoint("POST", path, "", body, null, Set.of(), false, null, null, false);
	}

	static Endpoint patch(String path, JsonNode body) {
		return new Endpoint("PATCH", path, "", body, null, Set.of(), false, null, null, false);
	}

	/** The seed's director, a related party who is screened clear. */
	static JsonNode director() {
		return Payload.seed("corporate-direct-with-relations").get("data.client.relations[0]");
	}

	Endpoint withQuery(String query) {
		return new Endpoint(method, path, query, body, label, kept, operatorOnly, readBack, state, removeCreated);
	}

	Endpoint labelled(String label) {
		return new Endpoint(method, path, query, body, label, kept, operatorOnly, readBack, state, removeCreated);
	}

	Endpoint keeping(String... paths) {
		return new Endpoint(method, path, query, body, label, Set.of(paths), operatorOnly, readBack, state,
				removeCreated);
	}

	Endpoint forOperators() {
		return new Endpoint(method, path, query, body, label, kept, true, readBack, state, removeCreated);
	}

	Endpoint withReadBack(String readBack) {
		return new Endpoint(method, path, query, body, label, kept, operatorOnly, readBack, state, removeCreated);
	}

	Endpoint withState(String state) {
		return new Endpoint(method, path, query, body, label, kept, operatorOnly, readBack, state, removeCreated);
	}

	Endpoint removingWhatItCreates() {
		return new Endpoint(method, path, query, body, label, kept, operatorOnly, readBack, state, true);
	}

	/**
	 * The valid request, as an integrator (or, where only they may, an operator) sends
	 * it.
	 */
	Request request() {
		return new Request(method, path, query, body == null ? null : body.toString(),
				body == null ? null : "application/json", operatorOnly ? TestKeys.OPERATOR : TestKeys.INTEGRATOR);
	}

	/** The fixtures named in the path. */
	List<String> ids() {
		return placeholdersIn(path).toList();
	}

	/** Every fixture named anywhere. */
	Set<String> fixtures() {
		Set<String> names = new LinkedHashSet<>();
		Stream.of(path, query, body == null ? null : body.toString(), readBack, state)
			.forEach(text -> placeholdersIn(text).forEach(names::add));
		return names;
	}

	List<String> parameters() {
		return query.isEmpty() ? List.of()
				: Arrays.stream(query.split("&")).map(pair -> pair.substring(0, pair.indexOf('='))).toList();
	}

	List<String> mutablePaths() {
		return BodyNodes.paths(body).stream().filter(path -> !kept.contains(path)).toList();
	}

	List<String> objectPaths() {
		return BodyNodes.paths(body).stream().filter(path -> nodeAt(path).isObject()).toList();
	}

	JsonNode nodeAt(String path) {
		return BodyNodes.at(body, path);
	}

	@Override
	public String toString() {
		return method + " " + path + (query.isEmpty() ? "" : "?" + query) + (label == null ? "" : " (" + label + ")");
	}

	private static Stream<String> placeholdersIn(String text) {
		if (text == null) {
			return Stream.empty();
		}
		Matcher placeholder = PLACEHOLDER.matcher(text);
		return placeholder.results().map(match -> match.group(1)).distinct();
	}

	private static Endpoint createClient(String seed) {
		return post("/clients", Payload.seed(seed).set("workflow.kycLevel", "NOT_REQUIRED").node()).labelled(seed)
			.keeping("workflow", "workflow.kycLevel");
	}

	private static Endpoint patchClient(String fixture, String seed) {
		return patch("/clients/${" + fixture + "}", Payload.seed(seed).node()).labelled(seed)
			.withReadBack("/clients/${" + fixture + "}?metadata.includeProfile=true")
			.withState(clientState(fixture));
	}

	private static JsonNode shareholder() {
		return Payload.seed("corporate-railsbank-related-entities").get("data.client.relatedLegalEntities[1]");
	}

	private static JsonNode json(String text) {
		return Payload.of(text).node();
	}

	/**
	 * What the client's own endpoints change: its data, its account, its compliance, and
	 * their histories.
	 */
	private static String clientState(String fixture) {
		return """
				SELECT full_name, identity, profile, addresses, attributes, sub_client_id, contract, terms_version,
				       risk_level, blacklisted, blacklisted_comment, blocked, kyc_note,
				       (SELECT count(*) FROM client_contracts k WHERE k.client_id = c.id) AS contracts,
				       (SELECT count(*) FROM compliance_changes h WHERE h.client_id = c.id) AS compliance_changes
				FROM clients c WHERE c.id = '${%s}'""".formatted(fixture);
	}

	/**
	 * A client's data only: its application's risk assessment may change the rest in the
	 * background.
	 */
	private static String clientData(String fixture) {
		return "SELECT full_name, identity, profile, addresses, attributes FROM clients WHERE id = '${%s}'"
			.formatted(fixture);
	}

	/**
	 * A relation's data and whether it is deleted; its screening goes on in the
	 * background.
	 */
	private static String relationState(String fixture) {
		return "SELECT relation, type, full_name, identity, profile, attributes, deleted_at FROM relations "
				+ "WHERE id = '${%s}'".formatted(fixture);
	}

	private static String endpointState(String fixture) {
		return "SELECT url, events, enabled, deleted FROM webhook_endpoints WHERE id = '${%s}'".formatted(fixture);
	}
}
