package io.onboarding.orchestrator.api;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Refuses strings with the NUL character anywhere in a request (also in maps such as
 * {@code attributes}): PostgreSQL can't store it, and no name, address or note has one. The
 * refusal is a mapping error at the field's path, so the answer is a 400 naming the field instead
 * of a database error. Spring Boot registers this module in its ObjectMapper.
 */
@Component
public class NulFreeStrings extends SimpleModule {

    public NulFreeStrings() {
        super("NulFreeStrings");
        addDeserializer(String.class, new Deserializer());
    }

    /** The refusal, which the problem answer words as such. */
    public static class NulCharacterException extends JsonMappingException {

        NulCharacterException(JsonParser parser) {
            super(parser, "must not contain the NUL character");
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
