package org.cardhub.tools.simulator;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

/**
 * The {@code --events-log} file: one JSON line per message sent (every copy and retry) with the reply it got, appended
 * and flushed as it happens, so that a test can prove each eventId took effect exactly once even if the run is cut
 * short. Fields: eventId (null if the text had none), terminalId, type (or MALFORMED:KIND), card, amount, volume,
 * refEventId, session, attempt, copy, sentAt, status, code, authCode, approvedAmount, approvedVolume, balance,
 * latencyMs (null without a reply).
 */
final class EventsLog implements Closeable {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private final BufferedWriter writer;

    private EventsLog(BufferedWriter writer) {
        this.writer = writer;
    }

    static EventsLog appendingTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new EventsLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    /** A log that writes nothing, when no file was asked for. */
    static EventsLog none() {
        return new EventsLog(null);
    }

    void write(OutgoingMessage message, int session, int attempt, int copy, Instant sentAt, TerminalReply reply,
            Double latencyMs) {
        if (writer == null) {
            return;
        }
        JsonObjectBuilder line = BUILDERS.createObjectBuilder();
        add(line, "eventId", message.eventId());
        add(line, "terminalId", message.terminalId());
        add(line, "type", message.label());
        add(line, "card", message.card());
        add(line, "amount", message.amount());
        add(line, "volume", message.volume());
        add(line, "refEventId", message.refEventId());
        line.add("session", session).add("attempt", attempt).add("copy", copy).add("sentAt", sentAt.toString());
        add(line, "status", reply.status());
        add(line, "code", reply.code());
        add(line, "authCode", reply.authCode());
        add(line, "approvedAmount", reply.approvedAmount());
        add(line, "approvedVolume", reply.approvedVolume());
        add(line, "balance", reply.balance());
        if (latencyMs == null) {
            line.addNull("latencyMs");
        } else {
            line.add("latencyMs", Math.round(latencyMs * 1000) / 1000.0);
        }
        String text = line.build().toString();
        synchronized (this) {
            try {
                writer.write(text);
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the events log", e);
            }
        }
    }

    private static void add(JsonObjectBuilder line, String name, String value) {
        if (value == null) {
            line.addNull(name);
        } else {
            line.add(name, value);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
