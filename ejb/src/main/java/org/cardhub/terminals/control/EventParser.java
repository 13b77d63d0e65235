package org.cardhub.terminals.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import org.cardhub.terminals.entity.EventType;
import org.cardhub.terminals.entity.InvalidMessageException;
import org.cardhub.terminals.entity.TerminalEvent;
import org.cardhub.terminals.entity.TerminalTraffic;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a terminal message strictly: one JSON object of the protocol's version 1, with the fields its
 * type needs, each of the right type and within bounds. Fields it does not know are ignored, as the
 * protocol promises terminals. Anything else is refused with {@code INVALID_MESSAGE} and the field named.
 */
public final class EventParser {

    /**
     * Made once: {@code Json.createReader} looks its provider up through the class loader on every call. A key
     * given twice is refused: which of two amounts a terminal meant is not for the parser to guess.
     */
    private static final Map<String, ?> STRICT_KEYS = Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);
    private static final JsonReaderFactory READERS = Json.createReaderFactory(STRICT_KEYS);
    private static final JsonParserFactory PARSERS = Json.createParserFactory(STRICT_KEYS);

    /** Larger messages are refused before they are parsed. */
    public static final int MAX_LENGTH = 64 * 1024;
    public static final String INVALID = "INVALID_MESSAGE";

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,6})?");
    /** A product code as the registry writes them (AI-95, BORSCH, MENU-1024). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int MAX_ITEMS = 100;
    /** A completion may be for zero; a fuel authorisation may give only litres, priced by the terminal's product. */
    private static final Set<EventType> WITHOUT_AMOUNT_REQUIRED = Set.of(EventType.COMPLETE, EventType.AUTHORIZE);

    private EventParser() {
    }

    public static TerminalEvent parse(String text) throws InvalidMessageException {
        if (text == null || text.isBlank()) {
            throw new InvalidMessageException(INVALID, null, "The message is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidMessageException(INVALID, null, "The message has " + text.length()
                    + " characters; at most " + MAX_LENGTH + " are accepted");
        }
        JsonObject json = read(text);
        String eventId = string(json, "eventId", null, true, 128);
        if (!json.containsKey("v") || json.get("v").getValueType() != JsonValue.ValueType.NUMBER
                || !((JsonNumber) json.get("v")).isIntegral() || json.getInt("v") != 1) {
            throw new InvalidMessageException(INVALID, eventId, "Field v must be the number 1 (protocol version)");
        }
        String terminalId = string(json, "terminalId", eventId, true, 64);
        EventType type = type(json, eventId);
        OffsetDateTime occurredAt = time(json, eventId);
        String card = string(json, "card", eventId, type.needsCard(), 32);
        String amount = decimal(json, "amount", eventId, type.needsAmount() && !WITHOUT_AMOUNT_REQUIRED.contains(type));
        String volume = decimal(json, "volume", eventId, false);
        if (type == EventType.COMPLETE && amount == null) {
            throw new InvalidMessageException(INVALID, eventId, "Field amount is required for COMPLETE");
        }
        if (type == EventType.AUTHORIZE && amount == null && volume == null) {
            throw new InvalidMessageException(INVALID, eventId, "AUTHORIZE needs an amount or a volume");
        }
        String product = string(json, "product", eventId, false, 32);
        String refEventId = string(json, "refEventId", eventId, type.refersToAnotherEvent(), 128);
        boolean offline = flag(json, "offline", eventId);
        List<TerminalEvent.Item> items = items(json, eventId);
        return new TerminalEvent(eventId, terminalId, type, occurredAt, card, amount, volume, product, items,
                refEventId, offline);
    }

    /** The event id of a message that is refused or dead before it is read, so a reply or a record can name it. */
    public static String eventIdOf(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue() instanceof JsonObject object && object.get("eventId") instanceof JsonString id
                    ? id.getString() : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * The message's type as the protocol names it, or {@code UNKNOWN} (unreadable, or a type the protocol has not): what
     * the operations metrics count it under, so no text a terminal sends ever becomes a metric's tag.
     */
    public static String typeOf(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return TerminalTraffic.UNKNOWN;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            if (reader.readValue() instanceof JsonObject object && object.get("type") instanceof JsonString type) {
                for (EventType known : EventType.values()) {
                    if (known.name().equals(type.getString())) {
                        return known.name();
                    }
                }
            }
            return TerminalTraffic.UNKNOWN;
        } catch (RuntimeException unreadable) {
            return TerminalTraffic.UNKNOWN;
        }
    }

    /** One JSON object and nothing after it: text behind the object is not silently dropped. */
    private static JsonObject read(String text) throws InvalidMessageException {
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidMessageException(INVALID, null, "The message is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Parsson refuses nesting beyond its depth limit with a plain RuntimeException
            throw new InvalidMessageException(INVALID, null, "The message cannot be read as JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT || textAfterTheFirstValue(text)) {
            throw new InvalidMessageException(INVALID, null, "The message must be one JSON object and nothing after it");
        }
        return value.asJsonObject();
    }

    /** The reader stops after the first value; only a parser tells whether more text follows it. */
    private static boolean textAfterTheFirstValue(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            parser.skipObject();
            return parser.hasNext();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static EventType type(JsonObject json, String eventId) throws InvalidMessageException {
        String type = string(json, "type", eventId, true, 16);
        try {
            return EventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException(INVALID, eventId, "Unknown type " + type);
        }
    }

    private static OffsetDateTime time(JsonObject json, String eventId) throws InvalidMessageException {
        String value = string(json, "occurredAt", eventId, true, 40);
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException(INVALID, eventId, "Field occurredAt must be an ISO-8601 time with offset, "
                    + "like 2026-11-21T08:12:03+03:00");
        }
    }

    private static String string(JsonObject json, String field, String eventId, boolean required, int maxLength)
            throws InvalidMessageException {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new InvalidMessageException(INVALID, eventId, "Field " + field + " is required");
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidMessageException(INVALID, eventId, "Field " + field + " must be a string");
        }
        String text = ((JsonString) value).getString().strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw new InvalidMessageException(INVALID, eventId, "Field " + field + " must have 1 to " + maxLength
                    + " characters");
        }
        return text;
    }

    /** Amounts travel as decimal strings so no terminal rounds them through a binary float. */
    private static String decimal(JsonObject json, String field, String eventId, boolean required)
            throws InvalidMessageException {
        JsonValue value = json.get(field);
        if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
            throw new InvalidMessageException(INVALID, eventId, "Field " + field + " must be a decimal string like \"1500.00\", not a number");
        }
        String text = string(json, field, eventId, required, 20);
        if (text != null && !DECIMAL.matcher(text).matches()) {
            throw new InvalidMessageException(INVALID, eventId, "Field " + field + " is not a decimal: " + text);
        }
        return text;
    }

    /** An item's optional product code: letters, digits, - and _, as product codes are. */
    private static String code(JsonObject item, String eventId) throws InvalidMessageException {
        String code = string(item, "code", eventId, false, 32);
        if (code != null && !CODE.matcher(code).matches()) {
            throw new InvalidMessageException(INVALID, eventId, "Item code must be 1 to 32 letters, digits, - and _, like MENU-1024");
        }
        return code;
    }

    private static boolean flag(JsonObject json, String field, String eventId) throws InvalidMessageException {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new InvalidMessageException(INVALID, eventId, "Field " + field + " must be true or false");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static List<TerminalEvent.Item> items(JsonObject json, String eventId) throws InvalidMessageException {
        JsonValue value = json.get("items");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidMessageException(INVALID, eventId, "Field items must be an array");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > MAX_ITEMS) {
            throw new InvalidMessageException(INVALID, eventId, "At most " + MAX_ITEMS + " items per purchase");
        }
        List<TerminalEvent.Item> items = new ArrayList<>();
        for (JsonValue element : array) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidMessageException(INVALID, eventId, "Each item must be an object");
            }
            JsonObject item = element.asJsonObject();
            JsonValue quantity = item.get("qty");
            if (quantity == null || quantity.getValueType() != JsonValue.ValueType.NUMBER
                    || !((JsonNumber) quantity).isIntegral() || ((JsonNumber) quantity).longValue() < 1
                    || ((JsonNumber) quantity).longValue() > 1000) {
                throw new InvalidMessageException(INVALID, eventId, "Item qty must be a whole number from 1 to 1000");
            }
            items.add(new TerminalEvent.Item(string(item, "name", eventId, true, 200),
                    string(item, "category", eventId, true, 32), ((JsonNumber) quantity).intValue(),
                    decimal(item, "price", eventId, true), code(item, eventId)));
        }
        return List.copyOf(items);
    }
}
