package io.onboarding.orchestrator.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds request bodies: a seed example or a valid baseline, changed field by field by
 * JSON path ({@code data.client.identity.givenName},
 * {@code data.client.relations[0].relation}).
 */
public final class Payload {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ObjectNode root;

	private Payload(ObjectNode root) {
		this.root = root;
	}

	/**
	 * An example of the seed document, from
	 * {@code src/main/resources/openapi/examples/<name>.json} (also the OpenAPI
	 * document's examples).
	 */
	public static Payload seed(String name) {
		try (InputStream in = Payload.class.getResourceAsStream("/openapi/examples/" + name + ".json")) {
			if (in == null) {
				throw new IllegalArgumentException("No seed payload " + name);
			}
			return new Payload((ObjectNode) JSON.readTree(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A valid individual of the direct workflow that needs no KYC, with a unique email.
	 */
	public static Payload individual() {
		return seed("individual-direct").set("data.client.profile.email",
				"person." + System.nanoTime() + "@example.com");
	}

	/** A valid corporate of the direct workflow, without relations. */
	public static Payload corporate() {
		return seed("corporate-direct-with-relations").remove("data.client.relations");
	}

	public static Payload of(String json) {
		try {
			return new Payload((ObjectNode) JSON.readTree(json));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Payload set(String path, Object value) {
		JsonNode valueNode = JSON.valueToTree(value);
		Step last = walk(path, true);
		if (last.parent() instanceof ObjectNode object) {
			object.set(last.name(), valueNode);
		}
		else {
			ArrayNode array = (ArrayNode) last.parent();
			while (array.size() <= last.index()) {
				array.addNull();
			}
			array.set(last.index(), valueNode);
		}
		return this;
	}

	public Payload remove(String path) {
		Step last = walk(path, false);
		if (last.parent() instanceof ObjectNode object) {
			object.remove(last.name());
		}
		else if (last.parent() instanceof ArrayNode array) {
			array.remove(last.index());
		}
		return this;
	}

	public JsonNode get(String path) {
		JsonNode node = root;
		for (String part : path.split("\\.")) {
			node = part.contains("[")
					? node.path(part.substring(0, part.indexOf('[')))
						.path(Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']'))))
					: node.path(part);
		}
		return node;
	}

	public ObjectNode node() {
		return root.deepCopy();
	}

	@Override
	public String toString() {
		return root.toString();
	}

	private Step walk(String path, boolean create) {
		String[] parts = path.split("\\.");
		JsonNode node = root;
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			boolean last = i == parts.length - 1;
			String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
			Integer index = part.contains("[")
					? Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']'))) : null;
			if (index == null) {
				if (last) {
					return new Step(node, name, -1);
				}
				JsonNode next = node.get(name);
				if (next == null || !next.isObject()) {
					if (!create) {
						return new Step(null, name, -1);
					}
					next = ((ObjectNode) node).putObject(name);
				}
				node = next;
			}
			else {
				JsonNode array = node.get(name);
				if (array == null || !array.isArray()) {
					if (!create) {
						return new Step(null, name, -1);
					}
					array = ((ObjectNode) node).putArray(name);
				}
				if (last) {
					return new Step(array, name, index);
				}
				JsonNode next = array.get(index);
				if (next == null || !next.isObject()) {
					if (!create) {
						return new Step(null, name, -1);
					}
					ArrayNode a = (ArrayNode) array;
					while (a.size() <= index) {
						a.addNull();
					}
					next = a.insertObject(index);
					a.remove(index + 1);
				}
				node = next;
			}
		}
		throw new IllegalArgumentException(path);
	}

	private record Step(JsonNode parent, String name, int index) {
	}

}
