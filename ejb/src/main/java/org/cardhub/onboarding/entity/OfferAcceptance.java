package org.cardhub.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Proof of what an applicant agreed to: the offer's version, the SHA-256 of the exact text they were shown, when and
 * who (their Keycloak user id). Any later change of the offer's text changes the hash, so the acceptance keeps
 * naming the text that was read.
 */
@Embeddable
public class OfferAcceptance implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    @Column(name = "offer_version")
    private String version;

    @Column(name = "offer_sha256")
    private String sha256;

    @Column(name = "offer_accepted_at")
    private Instant acceptedAt;

    @Column(name = "offer_accepted_by")
    private String acceptedBy;

    protected OfferAcceptance() {
    }

    public OfferAcceptance(Offer offer, Instant acceptedAt, String acceptedBy) {
        if (acceptedBy == null || acceptedBy.isBlank() || !SHA_256.matcher(offer.sha256()).matches()) {
            throw new IllegalArgumentException("An acceptance names the person and the text's SHA-256");
        }
        this.version = offer.version();
        this.sha256 = offer.sha256();
        this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
        this.acceptedBy = acceptedBy;
    }

    public String version() {
        return version;
    }

    public String sha256() {
        return sha256;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }
}
