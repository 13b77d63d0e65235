package org.cardhub.api.problem;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonException;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What JSON-B does not check before it binds a body: that it is one JSON object (JSON-B would bind the
 * first element of an array and drop the rest) and that no object names a property twice (JSON-B would
 * take the last one, so {@code "amount"} twice credits whichever a proxy or a log did not show).
 * A body that is JSON {@code null} passes: it is an absent body, which validation names.
 */
final class JsonBodyShape {

    private static final int MAX_NAME_SHOWN = 64;
    /** Far deeper than any body of the API; checked here because the parser's own limit is no JSON exception. */
    private static final int MAX_DEPTH = 32;

    private JsonBodyShape() {
    }

    /** Refuses a body that is not a single JSON object with distinct property names at every depth. */
    static void requireSingleObject(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            Deque<Set<String>> openObjects = new ArrayDeque<>();
            boolean first = true;
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (first && event != JsonParser.Event.START_OBJECT && event != JsonParser.Event.VALUE_NULL) {
                    throw malformed("The body is one JSON object, not " + describe(event));
                }
                first = false;
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw malformed("The body is nested deeper than " + MAX_DEPTH + " levels");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
                switch (event) {
                    case START_OBJECT -> openObjects.push(new HashSet<>());
                    case END_OBJECT -> openObjects.pop();
                    case KEY_NAME -> {
                        if (!openObjects.element().add(parser.getString())) {
                            throw malformed("The property '" + shown(parser.getString()) + "' appears more than once");
                        }
                    }
                    default -> {
                        // values and arrays carry no names
                    }
                }
            }
        } catch (JsonException e) {
            throw malformed("The body is not JSON: " + e.getMessage());
        }
    }

    private static String describe(JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            default -> "a boolean";
        };
    }

    private static String shown(String name) {
        return name.length() <= MAX_NAME_SHOWN ? name : name.substring(0, MAX_NAME_SHOWN) + "…";
    }

    private static ApiProblem malformed(String detail) {
        return ApiProblem.badRequest("MALFORMED_BODY", detail);
    }
}
