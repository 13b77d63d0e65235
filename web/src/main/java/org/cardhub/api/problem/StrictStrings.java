package org.cardhub.api.problem;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * Where the API takes a string, only a JSON string will do: JSON-B would quietly turn {@code 1.5} or
 * {@code true} into text, and an amount sent as a number is a mistake a partner should hear about.
 */
public class StrictStrings implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = context.deserialize(JsonValue.class, parser);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        throw new JsonbException("Expected a JSON string but got " + value.getValueType().name().toLowerCase());
    }
}
