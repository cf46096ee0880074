package io.onboarding.orchestrator.api;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Refuses strings with the NUL character anywhere in a request (also in maps such as
 * {@code attributes}): PostgreSQL can't store it, and no name, address or note has one.
 * The refusal is a mapping error at the field's path, so the answer is a 400 naming the
 * field instead of a database error. Spring Boot registers this module in its
 * ObjectMapper.
 */
@Component
public class NulFreeStrings extends SimpleModule {

	public NulFreeStrings() {
		super("NulFreeStrings");
		addDeserializer(String.class, new Deserializer());
		// Members read as JSON trees (notes, versions, patches, whole bodies) are
		// checked too.
		addDeserializer(JsonNode.class, new TreeDeserializer<>(JsonNode.class));
		addDeserializer(ObjectNode.class, new TreeDeserializer<>(ObjectNode.class));
		addDeserializer(ArrayNode.class, new TreeDeserializer<>(ArrayNode.class));
	}

	/** The refusal, which the problem answer words as such. */
	public static class NulCharacterException extends JsonMappingException {

		NulCharacterException(JsonParser parser) {
			super(parser, "must not contain the NUL character");
		}

	}

	private static final class TreeDeserializer<T extends JsonNode> extends StdDeserializer<T> {

		private final Class<T> type;

		TreeDeserializer(Class<T> type) {
			super(type);
			this.type = type;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			JsonNode tree = JsonNodeDeserializer.getDeserializer(type).deserialize(parser, context);
			refuseNul(tree, parser);
			return type.cast(tree);
		}

		@Override
		public T getNullValue(DeserializationContext context) {
			return type == JsonNode.class ? type.cast(NullNode.getInstance()) : null;
		}

		/**
		 * Walks the tree; the refusal carries the path within it, so the answer names the
		 * member.
		 */
		private static void refuseNul(JsonNode node, JsonParser parser) throws JsonMappingException {
			if (node.isTextual() && node.textValue().indexOf('\u0000') >= 0) {
				throw new NulCharacterException(parser);
			}
			if (node.isObject()) {
				var fields = node.fields();
				while (fields.hasNext()) {
					var field = fields.next();
					try {
						if (field.getKey().indexOf('\u0000') >= 0) {
							throw new NulCharacterException(parser);
						}
						refuseNul(field.getValue(), parser);
					}
					catch (NulCharacterException e) {
						throw (JsonMappingException) JsonMappingException.wrapWithPath(e, node, field.getKey());
					}
				}
			}
			else if (node.isArray()) {
				for (int i = 0; i < node.size(); i++) {
					try {
						refuseNul(node.get(i), parser);
					}
					catch (NulCharacterException e) {
						throw (JsonMappingException) JsonMappingException.wrapWithPath(e, node, i);
					}
				}
			}
		}

	}

	private static final class Deserializer extends StdScalarDeserializer<String> {

		Deserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null && value.indexOf('\u0000') >= 0) {
				throw new NulCharacterException(parser);
			}
			return value;
		}

	}

}
