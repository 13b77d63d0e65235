package org.cardhub.api.gate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a machine request's headers may not say, decided before any endpoint reads them: a length given
 * both ways (Content-Length and Transfer-Encoding, which proxies may frame differently), and on the REST
 * API an Idempotency-Key sent twice (the container would hand on the first) or with characters beyond
 * visible ASCII, and a body declared in a charset other than UTF-8 (JSON on the wire is UTF-8).
 */
final class HeaderRules {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** How a request is refused, and whether its connection must close because its body's end is unknown. */
    record Refusal(int status, String code, String detail, boolean closeConnection) {
    }

    private HeaderRules() {
    }

    /** The refusal of a request whose header {@code name} has the values {@code headers.apply(name)}, if any. */
    static Optional<Refusal> refusalOf(MachineChannel channel, Function<String, List<String>> headers) {
        if (!headers.apply("Content-Length").isEmpty() && !headers.apply("Transfer-Encoding").isEmpty()) {
            return Optional.of(new Refusal(400, "AMBIGUOUS_LENGTH",
                    "A request gives its length by Content-Length or by Transfer-Encoding, not both", true));
        }
        if (channel != MachineChannel.REST) {
            return Optional.empty();
        }
        List<String> keys = headers.apply(IDEMPOTENCY_KEY);
        if (keys.size() > 1) {
            return refused(400, "HEADER_REPEATED", "Send the Idempotency-Key header once");
        }
        if (keys.size() == 1 && !keys.get(0).chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return refused(400, "KEY_INVALID", "An Idempotency-Key is 1 to 128 visible ASCII characters");
        }
        List<String> contentTypes = headers.apply("Content-Type");
        if (contentTypes.size() > 1) {
            return refused(400, "HEADER_REPEATED", "Send the Content-Type header once");
        }
        return contentTypes.stream().map(HeaderRules::charsetOf).flatMap(Optional::stream)
                .filter(charset -> !charset.equals("utf-8"))
                .findFirst()
                .flatMap(charset -> refused(415, "UNSUPPORTED_MEDIA_TYPE",
                        "Request bodies are UTF-8; the charset " + shown(charset) + " is not taken"));
    }

    /** The charset parameter of a media type, in lower case and without quotes. */
    static Optional<String> charsetOf(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** A charset as the caller sent it, shortened and reduced to what is safe in any answer's text. */
    private static String shown(String charset) {
        String visible = charset.replaceAll("[^A-Za-z0-9._:-]", "?");
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "…";
    }

    private static Optional<Refusal> refused(int status, String code, String detail) {
        return Optional.of(new Refusal(status, code, detail, false));
    }
}
