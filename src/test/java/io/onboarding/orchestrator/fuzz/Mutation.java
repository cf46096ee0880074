package io.onboarding.orchestrator.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.TextNode;

import io.onboarding.orchestrator.support.TestKeys;

/**
 * One change to a valid request, of the kind an integrator's bug or an attacker makes.
 * Each is a value that jqwik generates, shrinks and shows; its {@code toString} says what
 * it changed, for the failure message.
 */
sealed interface Mutation {

	/**
	 * The largest body the service reads (its {@code onboarding.api.max-body-size}, 1
	 * MiB).
	 */
	int MAX_BODY_BYTES = 1024 * 1024;

	Request apply(Endpoint endpoint, Request valid);

	/** The kind of change, for the statistics jqwik reports after a run. */
	String kind();

	/** Shows a text with what is not printable ASCII escaped, and shortened. */
	static String printable(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (i == 60) {
				return out.append("... (").append(text.length()).append(" chars)").toString();
			}
			char c = text.charAt(i);
			out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
		}
		return out.toString();
	}

	private static String where(String path) {
		return path.isEmpty() ? "the body" : path;
	}

	/**
	 * The valid request itself: the baseline, and the way into the states an accepted
	 * request leaves.
	 */
	record Unchanged() implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid;
		}

		@Override
		public String kind() {
			return "none";
		}

		@Override
		public String toString() {
			return "unchanged";
		}
	}

	record Removed(String path) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withBody(BodyNodes.replaced(endpoint.body(), path, null));
		}

		@Override
		public String kind() {
			return "removed";
		}

		@Override
		public String toString() {
			return "remove " + where(path);
		}
	}

	/**
	 * A node replaced by another value: null, another type, a huge or odd string, deep
	 * nesting.
	 */
	record Replaced(String path, Value value) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withBody(BodyNodes.replaced(endpoint.body(), path, value.json()));
		}

		@Override
		public String kind() {
			return value.kind();
		}

		@Override
		public String toString() {
			return where(path) + " := " + value;
		}
	}

	/** A member the API does not know, added to an object. */
	record ExtraMember(String path, String name, Value value) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withBody(BodyNodes.withMember(endpoint.body(), path, name, value.json()));
		}

		@Override
		public String kind() {
			return "extra member";
		}

		@Override
		public String toString() {
			return where(path) + " gets \"" + printable(name) + "\": " + value;
		}
	}

	record BrokenJson(Breakage breakage) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withBody(breakage.breaking().apply(valid.body()));
		}

		@Override
		public String kind() {
			return "invalid JSON";
		}

		@Override
		public String toString() {
			return "invalid JSON: " + breakage.label();
		}
	}

	record Truncated(int percent) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withBody(valid.body().substring(0, valid.body().length() * percent / 100));
		}

		@Override
		public String kind() {
			return "invalid JSON";
		}

		@Override
		public String toString() {
			return "body cut at " + percent + "%";
		}
	}

	/** Valid JSON, padded with blanks beyond the size the service reads. */
	record Oversized() implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withBody(valid.body() + " ".repeat(MAX_BODY_BYTES));
		}

		@Override
		public String kind() {
			return "body over 1 MiB";
		}

		@Override
		public String toString() {
			return "body padded beyond 1 MiB";
		}
	}

	/**
	 * Another Content-Type ("" for none); a request without a body gets one to go with
	 * it.
	 */
	record ContentType(String contentType) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withBody(valid.body() == null ? "{\"unexpected\":true}" : valid.body())
				.withContentType(contentType.isEmpty() ? null : contentType);
		}

		@Override
		public String kind() {
			return "content type";
		}

		@Override
		public String toString() {
			return "Content-Type: " + (contentType.isEmpty() ? "(none)" : contentType);
		}
	}

	/** The id of a fixture in the path replaced. */
	record WrongId(String fixture, Segment segment) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withPath(valid.path().replace("${" + fixture + "}", segment.text()));
		}

		@Override
		public String kind() {
			return "wrong id";
		}

		@Override
		public String toString() {
			return "id ${" + fixture + "} := " + segment;
		}
	}

	/**
	 * A query parameter set to another value, or one the endpoint does not know added.
	 */
	record QueryParameter(String name, Segment value) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			List<String> pairs = new ArrayList<>(
					valid.query().isEmpty() ? List.of() : Arrays.asList(valid.query().split("&")));
			pairs.removeIf(pair -> pair.startsWith(name + "="));
			pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + value.text());
			return valid.withQuery(String.join("&", pairs));
		}

		@Override
		public String kind() {
			return "query parameter";
		}

		@Override
		public String toString() {
			return "?" + name + "=" + value;
		}
	}

	record Credentials(Key key) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withApiKey(key.value());
		}

		@Override
		public String kind() {
			return "credentials";
		}

		@Override
		public String toString() {
			return key.label();
		}
	}

	record WrongMethod(String method) implements Mutation {

		@Override
		public Request apply(Endpoint endpoint, Request valid) {
			return valid.withMethod(method);
		}

		@Override
		public String kind() {
			return "method";
		}

		@Override
		public String toString() {
			return "method " + method;
		}
	}

	/**
	 * A JSON value as the text sent, so that it can be what Jackson would not write; the
	 * label shows it in a failure message without its 100,000 characters.
	 */
	record Value(String kind, String json, String label) {

		static Value raw(String kind, String json) {
			return new Value(kind, json, printable(json));
		}

		static Value raw(String kind, String json, String label) {
			return new Value(kind, json, label);
		}

		static Value text(String kind, String text) {
			return new Value(kind, TextNode.valueOf(text).toString(), "\"" + printable(text) + "\"");
		}

		static Value text(String kind, String text, String label) {
			return new Value(kind, TextNode.valueOf(text).toString(), label);
		}

		@Override
		public String toString() {
			return label;
		}
	}

	/**
	 * A path segment or a query value, URL-encoded; or a fixture's placeholder, sent as
	 * that fixture's id.
	 */
	record Segment(String text, String label) {

		static Segment of(String raw) {
			return new Segment(URLEncoder.encode(raw, StandardCharsets.UTF_8), "\"" + printable(raw) + "\"");
		}

		static Segment fixture(String name, String label) {
			return new Segment("${" + name + "}", label);
		}

		@Override
		public String toString() {
			return label;
		}
	}

	enum Key {

		NONE(null, "no API key"), UNKNOWN("not-a-configured-key", "an unknown API key"),
		/**
		 * Only for the operators' endpoints, where an integrator's key is the wrong role.
		 */
		INTEGRATOR(TestKeys.INTEGRATOR, "an integrator's key");

		private final String value;

		private final String label;

		Key(String value, String label) {
			this.value = value;
			this.label = label;
		}

		String value() {
			return value;
		}

		String label() {
			return label;
		}

	}

	/**
	 * How a JSON body is broken. The valid bodies are objects, as Jackson writes them (no
	 * blanks).
	 */
	enum Breakage {

		TRAILING_GARBAGE("garbage after the document", body -> body + "}garbage"),
		TWO_DOCUMENTS("the document twice", body -> body + body),
		SINGLE_QUOTES("single quotes", body -> body.replace('"', '\'')),
		UNQUOTED_NAMES("unquoted names", body -> body.replaceAll("\"(\\w+)\":", "$1:")),
		TRAILING_COMMA("a trailing comma", body -> body.substring(0, body.lastIndexOf('}')) + ",}"),
		COMMENT("a comment", body -> "/* a comment */" + body),
		NOT_A_NUMBER("NaN", body -> "{\"unexpected\":NaN," + body.substring(1)),
		DUPLICATE_NAME("the first member twice", Breakage::duplicateFirstMember),
		BYTE_ORDER_MARK("a byte order mark first", body -> "\uFEFF" + body),
		RAW_NUL("a raw NUL", body -> "{\u0000" + body.substring(1)),
		RAW_LINE_BREAK("a raw line break in a string", body -> body.replaceFirst("\":\"", "\":\"\n")),
		EMPTY("an empty body", body -> ""), BLANK("a blank body", body -> " \n\t "),
		FORM("a form instead of JSON", body -> "workflow=direct&data=client");

		private final String label;

		private final UnaryOperator<String> breaking;

		Breakage(String label, UnaryOperator<String> breaking) {
			this.label = label;
			this.breaking = breaking;
		}

		String label() {
			return label;
		}

		UnaryOperator<String> breaking() {
			return breaking;
		}

		private static String duplicateFirstMember(String body) {
			Matcher first = Pattern.compile("^\\{\"([^\"]*)\":").matcher(body);
			return first.find() ? "{\"" + first.group(1) + "\":1," + body.substring(1) : body;
		}

	}

}
