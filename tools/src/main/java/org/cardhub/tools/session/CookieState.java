package org.cardhub.tools.session;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The browser between two runs: who signed in and the cookies of the application, the load balancer and Keycloak, in a
 * JSON file only its owner may read (the cookies are as good as the password while the sessions last). Each cookie
 * keeps its domain and path, so it goes back to the host and paths that set it; a cookie with a lifetime is given back
 * what was left of it when the file was written, a session cookie stays one (the browser was never closed).
 */
final class CookieState {

    static final int FORMAT = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private CookieState() {
    }

    /** Writes who signed in and every cookie in {@code cookies} to {@code file}, replacing it. */
    static void save(Path file, String user, CookieStore cookies, Clock clock) throws IOException {
        JsonArrayBuilder saved = Json.createArrayBuilder();
        Map<HttpCookie, String> hosts = hosts(cookies);
        for (HttpCookie cookie : cookies.getCookies()) {
            saved.add(Json.createObjectBuilder().add("host", hosts.getOrDefault(cookie, text(cookie.getDomain())))
                    .add("name", cookie.getName()).add("value", cookie.getValue())
                    .add("domain", text(cookie.getDomain())).add("path", text(cookie.getPath()))
                    .add("maxAge", cookie.getMaxAge()).add("secure", cookie.getSecure())
                    .add("httpOnly", cookie.isHttpOnly()).add("version", cookie.getVersion()));
        }
        JsonObject state = Json.createObjectBuilder().add("format", FORMAT).add("user", user)
                .add("savedAt", clock.instant().getEpochSecond()).add("cookies", saved).build();
        StringWriter json = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(json)) {
            writer.writeObject(state);
        }
        write(file, json + System.lineSeparator());
    }

    /** Puts the cookies saved in {@code file} into {@code cookies}; who they were signed in as. */
    static String load(Path file, CookieStore cookies, Clock clock) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject state = reader.readObject();
            if (state.getInt("format", 0) != FORMAT) {
                throw new IllegalArgumentException("format " + FORMAT + " expected");
            }
            long elapsed = Math.max(0, clock.instant().getEpochSecond() - state.getJsonNumber("savedAt").longValue());
            for (JsonValue value : state.getJsonArray("cookies")) {
                JsonObject saved = value.asJsonObject();
                URI host = URI.create("http://" + saved.getString("host") + "/");
                restore(saved, elapsed).ifPresent(cookie -> cookies.add(host, cookie));
            }
            return state.getString("user");
        } catch (JsonException | ClassCastException | NullPointerException // JSON-P's answer to a missing member
                 | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a cabinet session's state (" + e.getMessage() + ")");
        }
    }

    /**
     * The host each cookie came from. The cookie manager files a cookie under its domain and under that host, and finds
     * it by the host alone when the domain is the host's own (it writes {@code localhost.local} for {@code localhost},
     * which it does not match again by domain): the host must be saved too.
     */
    private static Map<HttpCookie, String> hosts(CookieStore cookies) {
        Map<HttpCookie, String> hosts = new IdentityHashMap<>();
        for (URI uri : cookies.getURIs()) {
            // asked over https, the store answers with the Secure cookies too
            URI secure = URI.create("https://" + uri.getRawAuthority() + "/");
            cookies.get(secure).forEach(cookie -> hosts.putIfAbsent(cookie, uri.getHost()));
        }
        return hosts;
    }

    /** The cookie as it was saved {@code elapsed} seconds ago, unless it has run out since. */
    private static Optional<HttpCookie> restore(JsonObject saved, long elapsed) {
        long maxAge = saved.getJsonNumber("maxAge").longValue();
        if (maxAge >= 0 && maxAge - elapsed <= 0) {
            return Optional.empty();
        }
        HttpCookie cookie = new HttpCookie(saved.getString("name"), saved.getString("value"));
        cookie.setDomain(emptyAsNull(saved.getString("domain")));
        cookie.setPath(emptyAsNull(saved.getString("path")));
        cookie.setMaxAge(maxAge < 0 ? -1 : maxAge - elapsed);
        cookie.setSecure(saved.getBoolean("secure"));
        cookie.setHttpOnly(saved.getBoolean("httpOnly"));
        cookie.setVersion(saved.getInt("version"));
        return Optional.of(cookie);
    }

    /** Through a new owner-only file beside it, so the cookies are never readable by others, not even for a moment. */
    private static void write(Path file, String content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temporary = posix
                ? Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        if (posix) {
            Files.setPosixFilePermissions(target, OWNER_ONLY);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
