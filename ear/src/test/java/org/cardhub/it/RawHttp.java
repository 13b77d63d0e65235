package org.cardhub.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Requests written byte by byte over a socket, for what java.net.http will not send: a Host of the
 * caller's choosing, Content-Length together with Transfer-Encoding, header values beyond ASCII.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /** An answer: the status line's code and phrase, the header block as text, and the body. */
    record Answer(int status, String reasonPhrase, String headers, String body) {

        /** The first value of header {@code name}, or null. */
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** Sends {@code head} (request line and headers, lines ended by CRLF, without the blank line) and {@code body}. */
    static Answer send(String head, byte[] body) {
        URI base = URI.create(RunningCardhub.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("Cardhub did not answer " + head.lines().findFirst().orElse(""), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException e) {
            // the server kept the connection open after its answer: what arrived is the answer
        }
        return received.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
        String statusLine = head.lines().findFirst().orElseThrow(() -> new AssertionError("No answer at all"));
        String[] parts = statusLine.split(" ", 3);
        String headers = head.substring(Math.min(head.length(), statusLine.length() + 2));
        Answer answer = new Answer(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "", headers, "");
        boolean chunked = "chunked".equals(lower(answer.header("Transfer-Encoding")));
        return new Answer(answer.status(), answer.reasonPhrase(), headers,
                new String(chunked ? dechunked(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunked(byte[] body) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < body.length) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            int stop = Math.min(body.length, start + size);
            plain.write(body, start, stop - start);
            at = stop + 2;
        }
        return plain.toByteArray();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
