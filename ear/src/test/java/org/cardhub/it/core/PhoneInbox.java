package org.cardhub.it.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo SMS gateway read from inside Payara: each SMS is a line of the domain's server log ({@code SMS to
 * +79001234567: Cardhub: код 1234 для …}). Mark the log's end before a code is asked for, then wait for the code.
 */
final class PhoneInbox {

    private static final Pattern CODE = Pattern.compile("код (\\d{4}) для");

    private PhoneInbox() {
    }

    static long mark() {
        try {
            return Files.exists(log()) ? Files.size(log()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the first SMS to the phone after the mark, waiting up to 30 s (the outbox sends every 3 s). */
    static String next(String phone, long mark) throws IOException, InterruptedException {
        String prefix = "SMS to " + phone + ":";
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            byte[] all = Files.readAllBytes(log());
            int from = (int) Math.min(mark, all.length);
            Optional<String> found = new String(all, from, all.length - from, StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains(prefix))
                    .map(line -> line.substring(line.indexOf(prefix) + prefix.length()).strip()).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No SMS to " + phone + " within 30 s");
    }

    static String nextCode(String phone, long mark) throws IOException, InterruptedException {
        Matcher code = CODE.matcher(next(phone, mark));
        if (!code.find()) {
            throw new AssertionError("The SMS to " + phone + " carries no code");
        }
        return code.group(1);
    }

    private static Path log() {
        return Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log");
    }
}
