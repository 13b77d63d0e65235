package org.cardhub.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.cardhub.onboarding.entity.Offer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offer's texts, versioned resources of this module: {@code offers/offers.properties} names the version in force
 * and its languages, {@code offers/offer-VERSION.LANGUAGE.txt} holds each text exactly as the applicant reads it. A new
 * version is new files and a new {@code current}; the old files stay, so every acceptance's text can be read again.
 */
@ApplicationScoped
public class OfferLibrary {

    private static final String FOLDER = "/org/cardhub/onboarding/offers/";

    private final Map<String, Offer> loaded = new ConcurrentHashMap<>();
    private final String current;
    private final List<String> languages;

    public OfferLibrary() {
        Properties index = new Properties();
        try (InputStream in = resource("offers.properties")) {
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = index.getProperty("current").strip();
        languages = List.of(index.getProperty("languages").strip().split("\\s*,\\s*"));
    }

    /** The offer in force in the language asked for, or in the first of its languages (Russian). */
    public Offer current(String language) {
        return offer(current, languages.contains(language) ? language : languages.get(0))
                .orElseThrow(() -> new IllegalStateException("The offer in force, " + current + ", has no text"));
    }

    /** The offer in force whose text has this hash, in whichever language it was read; empty for any other. */
    public Optional<Offer> inForce(String version, String sha256) {
        return current.equals(version) ? find(version, sha256) : Optional.empty();
    }

    /** The text of this version with this hash, in whichever language it was read: what someone accepted. */
    public Optional<Offer> find(String version, String sha256) {
        if (version == null || sha256 == null) {
            return Optional.empty();
        }
        return languages.stream().map(language -> offer(version, language)).flatMap(Optional::stream)
                .filter(offer -> offer.isAcceptedBy(version, sha256)).findFirst();
    }

    private Optional<Offer> offer(String version, String language) {
        if (!version.matches("[0-9A-Za-z.-]{1,32}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(loaded.computeIfAbsent(version + "." + language, key -> {
            try (InputStream in = OfferLibrary.class.getResourceAsStream(FOLDER + "offer-" + key + ".txt")) {
                return in == null ? null : Offer.of(version, language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OfferLibrary.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("No offer resource " + name);
        }
        return in;
    }
}
