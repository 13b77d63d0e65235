package org.cardhub.terminals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A registered terminal. Its signing key is held only sealed; the registry opens it to check a
 * message's signature.
 */
@Entity
public class Terminal {

    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private TerminalKind kind;

    @Enumerated(EnumType.STRING)
    private TerminalStatus status;

    private String location;

    private String region;

    private String station;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "secret_key_cipher")
    private String secretKeyCipher;

    @Column(name = "key_rotated_at")
    private Instant keyRotatedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Terminal() {
    }

    public Terminal(String id, TerminalKind kind, Long organizationId, String location, String station, String region,
                    String sealedKey, Instant now) {
        String normalised = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
        if (!ID.matcher(normalised).matches()) {
            throw new IllegalArgumentException("A terminal id is 3 to 32 letters, digits and dashes, like FUEL-0001");
        }
        if (location == null || location.isBlank() || region == null || region.isBlank()) {
            throw new IllegalArgumentException("A terminal needs its location and region");
        }
        this.id = normalised;
        this.kind = Objects.requireNonNull(kind);
        this.organizationId = organizationId;
        this.location = location.strip();
        this.station = station == null || station.isBlank() ? null : station.strip();
        this.region = region.strip();
        this.secretKeyCipher = Objects.requireNonNull(sealedKey);
        this.status = TerminalStatus.ACTIVE;
        this.keyRotatedAt = now;
        this.createdAt = now;
    }

    public void rotateKey(String sealedKey, Instant now) {
        this.secretKeyCipher = Objects.requireNonNull(sealedKey);
        this.keyRotatedAt = now;
    }

    public void disable() {
        status = TerminalStatus.DISABLED;
    }

    public void enable() {
        status = TerminalStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == TerminalStatus.ACTIVE;
    }

    /** The source name operations of this terminal carry: their idempotency scope and audit actor. */
    public String source() {
        return "terminal:" + id;
    }

    public String id() {
        return id;
    }

    public TerminalKind kind() {
        return kind;
    }

    public TerminalStatus status() {
        return status;
    }

    public String location() {
        return location;
    }

    public String station() {
        return station == null ? id : station;
    }

    public String region() {
        return region;
    }

    public String sealedKey() {
        return secretKeyCipher;
    }

    public Instant keyRotatedAt() {
        return keyRotatedAt;
    }
}
