package org.cardhub.tools.simulator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Map;
import java.util.Objects;

/** What the server answered to one message (protocol v1 reply), or why there was no usable answer. */
record TerminalReply(String status, String code, String authCode, String approvedAmount, String approvedVolume,
        String balance) {

    static final String TIMEOUT = "TIMEOUT";
    static final String CONNECTION_LOST = "CONNECTION_LOST";
    static final String UNREADABLE = "UNREADABLE";
    static final String BROKER_REFUSED = "BROKER_REFUSED";

    /** Made once: {@code Json.createReader} looks the JSON provider up on every call, which cost the simulator a third of its CPU. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** No reply within the timeout. */
    static TerminalReply timeout() {
        return new TerminalReply(TIMEOUT, TIMEOUT, null, null, null, null);
    }

    /** The connection to the broker broke while sending or waiting. */
    static TerminalReply connectionLost() {
        return new TerminalReply("ERROR", CONNECTION_LOST, null, null, null, null);
    }

    /** The broker refused the message when it was sent (e.g. too large for the queue); {@code code} says why. */
    static TerminalReply refusedByBroker(String code) {
        return new TerminalReply(BROKER_REFUSED, code, null, null, null, null);
    }

    /** Reads a reply text; a text that is not a JSON object is kept as status UNREADABLE. */
    static TerminalReply parse(String text) {
        if (text == null) {
            return new TerminalReply(UNREADABLE, "NOT_A_TEXT_MESSAGE", null, null, null, null);
        }
        try {
            JsonObject reply = READERS.createReader(new StringReader(text)).readObject();
            return new TerminalReply(string(reply, "status", UNREADABLE), string(reply, "code", "NO_CODE"),
                    string(reply, "authCode", null), string(reply, "approvedAmount", null),
                    string(reply, "approvedVolume", null), string(reply, "balance", null));
        } catch (JsonException | IllegalStateException e) {
            return new TerminalReply(UNREADABLE, "NOT_JSON", null, null, null, null);
        }
    }

    private static String string(JsonObject reply, String name, String absent) {
        JsonValue value = reply.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** Whether there is an answer, from the server or a refusal from the broker; not after a timeout or loss. */
    boolean arrived() {
        return !TIMEOUT.equals(status) && !CONNECTION_LOST.equals(code);
    }

    boolean approved() {
        return "APPROVED".equals(status);
    }

    /** The outcome as counted in the report: {@code STATUS/CODE}, or just TIMEOUT. */
    String outcome() {
        return TIMEOUT.equals(status) ? TIMEOUT : status + "/" + code;
    }

    /** Whether a repeated delivery got the same answer: same status, code and authorisation code. */
    boolean sameDecisionAs(TerminalReply other) {
        return Objects.equals(status, other.status) && Objects.equals(code, other.code)
                && Objects.equals(authCode, other.authCode);
    }
}
