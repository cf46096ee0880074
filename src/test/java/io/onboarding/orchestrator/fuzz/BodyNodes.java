package io.onboarding.orchestrator.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The nodes of a request body, named by the JSON path a problem names them with
 * ({@code data.client.relations[0].relation}); {@code ""} is the body itself. Changes are
 * made to a copy and returned as the text to send.
 */
final class BodyNodes {

	/**
	 * Holds the place of a replacement in the copy until the copy is text: the
	 * replacement is raw JSON text, which may be what Jackson would never write (a lone
	 * surrogate's escape, 2,000 levels).
	 */
	private static final String MARKER = "fuzz-replacement-5d1c07a2";

	private BodyNodes() {
	}

	/** Every node's path, the body's first, in document order. */
	static List<String> paths(JsonNode body) {
		List<String> paths = new ArrayList<>();
		collect(body, "", paths);
		return paths;
	}

	static JsonNode at(JsonNode body, String path) {
		return locate(null, null, -1, body, "", path).node();
	}

	/**
	 * The body with the node at {@code path} replaced by the JSON text {@code json}, or
	 * removed if it is null.
	 */
	static String replaced(JsonNode body, String path, String json) {
		if (path.isEmpty()) {
			return json == null ? "" : json;
		}
		JsonNode copy = body.deepCopy();
		Spot spot = locate(null, null, -1, copy, "", path);
		if (spot.parent() instanceof ObjectNode object) {
			if (json == null) {
				object.remove(spot.name());
			}
			else {
				object.put(spot.name(), MARKER);
			}
		}
		else if (spot.parent() instanceof ArrayNode array) {
			if (json == null) {
				array.remove(spot.index());
			}
			else {
				array.set(spot.index(), TextNode.valueOf(MARKER));
			}
		}
		return json == null ? copy.toString() : copy.toString().replace("\"" + MARKER + "\"", json);
	}

	/** The body with one more member, {@code name}, in the object at {@code path}. */
	static String withMember(JsonNode body, String path, String name, String json) {
		JsonNode copy = body.deepCopy();
		((ObjectNode) locate(null, null, -1, copy, "", path).node()).put(name, MARKER);
		return copy.toString().replace("\"" + MARKER + "\"", json);
	}

	private static void collect(JsonNode node, String path, List<String> paths) {
		paths.add(path);
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				collect(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey(), paths);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), path + "[" + i + "]", paths);
			}
		}
	}

	private static Spot locate(JsonNode parent, String name, int index, JsonNode node, String at, String path) {
		if (at.equals(path)) {
			return new Spot(parent, name, index, node);
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				String child = at.isEmpty() ? member.getKey() : at + "." + member.getKey();
				Spot found = path.startsWith(child) ? locate(node, member.getKey(), -1, member.getValue(), child, path)
						: null;
				if (found != null) {
					return found;
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				String child = at + "[" + i + "]";
				Spot found = path.startsWith(child) ? locate(node, null, i, node.get(i), child, path) : null;
				if (found != null) {
					return found;
				}
			}
		}
		return at.isEmpty() ? failNotFound(path) : null;
	}

	private static Spot failNotFound(String path) {
		throw new IllegalArgumentException("No node at " + path);
	}

	/**
	 * A node with its parent and its place there: a member's name or an element's index.
	 */
	private record Spot(JsonNode parent, String name, int index, JsonNode node) {
	}

}
