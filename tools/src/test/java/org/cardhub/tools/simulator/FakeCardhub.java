package org.cardhub.tools.simulator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * An in-memory stand-in for Cardhub and its broker, for the simulator's own tests: answers each message on the
 * sender's channel as the protocol says (same reply again for a repeated eventId), and notes every way a well-formed
 * message breaks the contract in {@link #violations()}.
 */
final class FakeCardhub implements TerminalChannel.Opener {

    private static final Pattern MONEY = Pattern.compile("\\d+\\.\\d{2}");
    private static final Pattern LITRES = Pattern.compile("\\d+\\.\\d{3}");

    private final Map<String, String> keys;
    private final Map<String, String> textByEventId = new ConcurrentHashMap<>();
    private final Map<String, String> replyByEventId = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> approved = new ConcurrentHashMap<>();
    private final Map<String, Boolean> reversed = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger sends = new AtomicInteger();
    private volatile boolean silent;
    private volatile boolean reachable = true;
    private volatile int refusedAbove = Integer.MAX_VALUE;
    private volatile int sendThatBreaks;
    private volatile int refusalsAfterTheBreak;
    private final AtomicInteger refusalsLeft = new AtomicInteger();

    FakeCardhub(List<SimulatedTerminal> terminals) {
        this.keys = new ConcurrentHashMap<>();
        terminals.forEach(t -> keys.put(t.id(), t.key()));
    }

    /** Answers nothing from now on (all replies time out). */
    FakeCardhub silent() {
        silent = true;
        return this;
    }

    /** Refuses messages larger than {@code bytes}, as OpenMQ refuses them for an auto-created queue (10 KiB). */
    FakeCardhub refusingMessagesOver(int bytes) {
        refusedAbove = bytes;
        return this;
    }

    /**
     * Breaks the connection at the {@code nth} send (counting from 1) after the message was taken and processed,
     * so its reply is lost with the connection: the case a retry with the same eventId is for.
     */
    FakeCardhub losingTheConnectionAtSend(int nth) {
        sendThatBreaks = nth;
        return this;
    }

    /** After the connection breaks ({@link #losingTheConnectionAtSend}), refuses the next {@code attempts} connections. */
    FakeCardhub downAfterTheBreakFor(int attempts) {
        refusalsAfterTheBreak = attempts;
        return this;
    }

    /** Refuses connections from now on. */
    FakeCardhub unreachable() {
        reachable = false;
        return this;
    }

    List<String> violations() {
        return violations;
    }

    /** The well-formed, correctly signed events received, in order. */
    List<JsonObject> received() {
        return received;
    }

    int connectionsOpened() {
        return opened.get();
    }

    @Override
    public String address() {
        return "fake-cardhub:7676";
    }

    @Override
    public TerminalChannel open() throws ChannelException {
        if (!reachable || refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ChannelException("cannot connect to the OpenMQ broker at " + address(),
                    new java.net.ConnectException("Connection refused"));
        }
        opened.incrementAndGet();
        return new Channel();
    }

    /** Processes one message; returns the reply as (correlation id, text). */
    private String[] answer(OutgoingMessage message, String messageId) {
        String text = message.text();
        if (text.getBytes(StandardCharsets.UTF_8).length > Malformation.SIZE_LIMIT) {
            return reply(messageId, null, "DECLINED", "INVALID_MESSAGE");
        }
        String key = keys.get(message.terminalId());
        if (key == null) {
            return reply(eventIdIn(text, messageId), null, "DECLINED", "TERMINAL_UNKNOWN");
        }
        if (!Signature.of(text, key).equals(message.signature())) {
            return reply(eventIdIn(text, messageId), null, "DECLINED", "BAD_SIGNATURE");
        }
        JsonObject event;
        try {
            event = Json.createReader(new StringReader(text)).readObject();
        } catch (JsonException e) {
            return reply(messageId, null, "DECLINED", "INVALID_MESSAGE");
        }
        if (!(event.get("eventId") instanceof JsonString)) {
            return reply(messageId, null, "DECLINED", "INVALID_MESSAGE");
        }
        String eventId = event.getString("eventId");
        if (event.containsKey("amount") && !(event.get("amount") instanceof JsonString)) {
            return reply(eventId, null, "DECLINED", "INVALID_MESSAGE");
        }
        String earlierText = textByEventId.putIfAbsent(eventId, text);
        if (earlierText != null) {
            return earlierText.equals(text) ? new String[] {eventId, replyByEventId.get(eventId)}
                    : reply(eventId, null, "DECLINED", "DUPLICATE_CONFLICT");
        }
        received.add(event);
        check(event);
        if (!message.terminalId().equals(event.getString("terminalId", ""))) {
            violations.add(eventId + ": terminalId in the text is not the property's");
        }
        String[] reply = decide(event);
        replyByEventId.put(eventId, reply[1]);
        return reply;
    }

    private String[] decide(JsonObject event) {
        String eventId = event.getString("eventId");
        String type = event.getString("type");
        switch (type) {
            case "ENTRY", "EXIT" -> {
                return reply(eventId, null, "ACCEPTED", "OK");
            }
            case "COMPLETE" -> {
                JsonObject hold = approved.get(event.getString("refEventId", ""));
                if (hold == null || !"AUTHORIZE".equals(hold.getString("type"))) {
                    return reply(eventId, null, "DECLINED", "REFERENCE_UNKNOWN");
                }
                if (decimal(event, "amount").compareTo(decimal(hold, "amount")) > 0) {
                    return reply(eventId, null, "DECLINED", "EXCEEDS_AUTHORISATION");
                }
            }
            case "REVERSAL" -> {
                JsonObject purchase = approved.get(event.getString("refEventId", ""));
                if (purchase == null) {
                    return reply(eventId, null, "DECLINED", "REFERENCE_UNKNOWN");
                }
                if (reversed.putIfAbsent(purchase.getString("eventId"), true) != null) {
                    return reply(eventId, null, "DECLINED", "ALREADY_REVERSED");
                }
            }
            default -> {
                // AUTHORIZE, PURCHASE, FARE, CASH_IN: approved as asked
            }
        }
        approved.put(eventId, event);
        return reply(eventId, event, "APPROVED", "OK");
    }

    /** Notes what a well-formed event of the contract must have and does not. */
    private void check(JsonObject event) {
        String id = event.getString("eventId");
        String type = event.getString("type", "?");
        if (event.getInt("v", 0) != 1) {
            violations.add(id + ": v is not 1");
        }
        if (!event.containsKey("occurredAt")) {
            violations.add(id + ": no occurredAt");
        }
        if (event.containsKey("amount") && !MONEY.matcher(event.getString("amount")).matches()) {
            violations.add(id + ": amount " + event.get("amount") + " has not 2 decimals");
        }
        if (event.containsKey("volume") && !LITRES.matcher(event.getString("volume")).matches()) {
            violations.add(id + ": volume " + event.get("volume") + " has not 3 decimals");
        }
        if ((type.equals("COMPLETE") || type.equals("REVERSAL")) && !event.containsKey("refEventId")) {
            violations.add(id + ": " + type + " without refEventId");
        }
    }

    private String[] reply(String correlationId, JsonObject event, String status, String code) {
        var reply = Json.createObjectBuilder().add("v", 1).add("status", status).add("code", code);
        if (correlationId != null) {
            reply.add("eventId", correlationId);
        }
        if ("APPROVED".equals(status)) {
            reply.add("authCode", String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000));
            if (event.containsKey("amount")) {
                reply.add("approvedAmount", event.getString("amount"));
            }
            if (event.containsKey("volume")) {
                reply.add("approvedVolume", event.getString("volume"));
            }
        }
        return new String[] {correlationId, reply.build().toString()};
    }

    private static String eventIdIn(String text, String otherwise) {
        try {
            JsonValue id = Json.createReader(new StringReader(text)).readObject().get("eventId");
            return id instanceof JsonString s ? s.getString() : otherwise;
        } catch (JsonException e) {
            return otherwise;
        }
    }

    private static BigDecimal decimal(JsonObject event, String name) {
        return new BigDecimal(event.getString(name));
    }

    /** One connection: replies to what it sends come back on its own queue. */
    private final class Channel implements TerminalChannel {

        private final BlockingQueue<ReceivedReply> replies = new LinkedBlockingQueue<>();

        private boolean broken;

        @Override
        public String send(OutgoingMessage message) throws ChannelException {
            if (broken) {
                throw new ChannelException("sending failed", new IllegalStateException("connection closed"));
            }
            if (message.text().getBytes(StandardCharsets.UTF_8).length > refusedAbove) {
                throw ChannelException.refused("C4095", new IllegalArgumentException("too large"));
            }
            String messageId = "ID:fake-" + messageIds.incrementAndGet();
            String[] reply = answer(message, messageId);
            if (sends.incrementAndGet() == sendThatBreaks) {
                broken = true;
                refusalsLeft.set(refusalsAfterTheBreak);
                throw new ChannelException("sending failed", new java.io.IOException("Broken pipe"));
            }
            if (!silent) {
                replies.add(new ReceivedReply(reply[0], reply[1], System.nanoTime()));
            }
            return messageId;
        }

        @Override
        public ReceivedReply receive(long timeoutMillis) throws ChannelException {
            if (broken) {
                throw new ChannelException("receiving failed", new IllegalStateException("connection closed"));
            }
            try {
                ReceivedReply reply = replies.poll(timeoutMillis, TimeUnit.MILLISECONDS);
                return reply == null ? null : new ReceivedReply(reply.correlationId(), reply.text(), System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChannelException("interrupted");
            }
        }

        @Override
        public void close() {
            replies.clear();
        }
    }
}
