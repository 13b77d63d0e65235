package org.cardhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo SMS gateway, read as a person reads their phone: it writes each SMS as one line of Payara's server log
 * ({@code SMS to +79001234567: Cardhub: код 1234 для открытия кошелька…}; README "Notifications"). A test notes where
 * the log ends before asking for a code, then waits for the code sent to the number after that mark.
 */
public final class SmsLog {

    static final Path SERVER_LOG = RunningCardhub.ROOT.resolve("server-config/target/state/domains/cardhub/logs/server.log");
    private static final Pattern CODE = Pattern.compile("код (\\d{4}) для");

    private SmsLog() {
    }

    /** Where the log ends now: SMS after this mark are new. */
    public static long mark() {
        try {
            return Files.exists(SERVER_LOG) ? Files.size(SERVER_LOG) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the first SMS to the phone (+79XXXXXXXXX) written after the mark, waiting up to 30 s for it. */
    public static String next(String phone, long mark) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Optional<String> found = after(mark).stream().filter(line -> line.contains("SMS to " + phone + ":"))
                    .map(line -> line.substring(line.indexOf("SMS to " + phone + ":") + ("SMS to " + phone + ":").length()).strip())
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No SMS to " + phone + " in " + SERVER_LOG + " within 30 s");
    }

    /** The four-digit code of the first SMS to the phone after the mark. */
    public static String nextCode(String phone, long mark) {
        Matcher code = CODE.matcher(next(phone, mark));
        if (!code.find()) {
            throw new AssertionError("The SMS to " + phone + " carries no code");
        }
        return code.group(1);
    }

    private static List<String> after(long mark) {
        try {
            byte[] all = Files.readAllBytes(SERVER_LOG);
            int from = (int) Math.min(mark, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
