package org.cardhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The demo SMS gateway, read as a person reads their phone: it writes each SMS as one line of Payara's server log
 * ({@code SMS to +79001234567: Cardhub: код 1234 для открытия кошелька…}; README "Notifications"). A test marks where
 * the log ends before asking for a code, then waits for the code sent to the number after that mark. Payara rotates the
 * log at 2 MB: a mark knows its file, so an SMS written into the rotated file's tail or the new file is found as well.
 * Works from the test's JVM and from inside Payara (its domain's {@code com.sun.aas.instanceRoot}).
 */
public final class SmsLog {

    private static final Pattern CODE = Pattern.compile("код (\\d{4}) для");

    /** Where the log ended: which file (by its key) and how long it was. */
    public record Mark(Object fileKey, long size) {
    }

    private SmsLog() {
    }

    public static Mark mark() {
        try {
            if (!Files.exists(log())) {
                return new Mark(null, 0);
            }
            BasicFileAttributes file = Files.readAttributes(log(), BasicFileAttributes.class);
            return new Mark(file.fileKey(), file.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the first SMS to the phone (+79XXXXXXXXX) written after the mark, waiting up to 30 s for it. */
    public static String next(String phone, Mark mark) {
        String prefix = "SMS to " + phone + ":";
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Optional<String> found = after(mark).stream().filter(line -> line.contains(prefix))
                    .map(line -> line.substring(line.indexOf(prefix) + prefix.length()).strip()).findFirst();
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
        throw new AssertionError("No SMS to " + phone + " in " + log() + " within 30 s");
    }

    /** The four-digit code of the first SMS to the phone after the mark. */
    public static String nextCode(String phone, Mark mark) {
        Matcher code = CODE.matcher(next(phone, mark));
        if (!code.find()) {
            throw new AssertionError("The SMS to " + phone + " carries no code");
        }
        return code.group(1);
    }

    /** The lines written after the mark: the marked file's rest, and all of the current file if it is a newer one. */
    private static List<String> after(Mark mark) {
        try {
            List<String> lines = new ArrayList<>();
            Object current = Files.exists(log()) ? Files.readAttributes(log(), BasicFileAttributes.class).fileKey() : null;
            if (mark.fileKey() != null && !Objects.equals(current, mark.fileKey())) {
                Optional<Path> rotated = rotatedFile(mark.fileKey());
                if (rotated.isPresent()) {
                    lines.addAll(read(rotated.get(), mark.size()));
                }
                lines.addAll(read(log(), 0));
            } else {
                lines.addAll(read(log(), mark.size()));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> rotatedFile(Object fileKey) throws IOException {
        try (Stream<Path> files = Files.list(log().getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith("server.log_")).filter(file -> {
                try {
                    return fileKey.equals(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    private static List<String> read(Path file, long from) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] all = Files.readAllBytes(file);
        int start = (int) Math.min(from, all.length);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8).lines().toList();
    }

    private static Path log() {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        if (instanceRoot != null) {
            return Path.of(instanceRoot, "logs", "server.log");
        }
        return Path.of(System.getProperty("cardhub.root", "..")).toAbsolutePath().normalize()
                .resolve("server-config/target/state/domains/cardhub/logs/server.log");
    }
}
