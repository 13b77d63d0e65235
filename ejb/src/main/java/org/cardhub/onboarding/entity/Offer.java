package org.cardhub.onboarding.entity;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The public offer of a fuel contract in one language: its version, its exact text as the applicant reads it, and
 * the SHA-256 of that text (its UTF-8 bytes, in lower-case hex), which is what an acceptance keeps.
 */
public record Offer(String version, String language, String text, String sha256) implements Serializable {

    public Offer {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (!sha256(text).equals(sha256)) {
            throw new IllegalArgumentException("The hash is not the text's");
        }
    }

    public static Offer of(String version, String language, String text) {
        return new Offer(version, language, text, sha256(text));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether this is the text an acceptance names. */
    public boolean isAcceptedBy(String version, String sha256) {
        return this.version.equals(version) && this.sha256.equals(sha256);
    }
}
