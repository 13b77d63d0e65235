package org.cardhub.tools.partner;

import static org.cardhub.tools.options.CommandLine.nonBlank;

import org.cardhub.tools.options.InvalidOptionsException;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The {@code --requests-log} file: one JSON line ({@link LoggedRequest}) per logical request after its last attempt,
 * written by all clients at once; each line is flushed, so a run that is stopped or killed leaves every line it
 * finished.
 */
final class RequestsLog implements Closeable {

    /** No log: lines are dropped. */
    static final RequestsLog NONE = new RequestsLog(null, null);

    private final BufferedWriter writer;
    private final Path file;

    private RequestsLog(BufferedWriter writer, Path file) {
        this.writer = writer;
        this.file = file;
    }

    /** A new log in {@code file} (an earlier one is replaced). */
    static RequestsLog to(Path file) throws IOException {
        return new RequestsLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8), file);
    }

    /** The option's file, if it can be created: its directory exists and it is not a directory itself. */
    static Path file(String option, String value) throws InvalidOptionsException {
        Path file;
        try {
            file = Path.of(nonBlank(option, value));
        } catch (InvalidPathException e) {
            throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a file name");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidOptionsException("--" + option + ": " + file + " is a directory");
        }
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new InvalidOptionsException("--" + option + ": the directory " + directory + " does not exist");
        }
        return file;
    }

    void write(LoggedRequest request) {
        if (writer == null) {
            return;
        }
        String line = request.toJson();
        synchronized (this) {
            try {
                writer.write(line);
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the requests log " + file, e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
