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

import static org.cardhub.terminals.entity.InvalidTerminalException.Code.ID_FORMAT;
import static org.cardhub.terminals.entity.InvalidTerminalException.Code.KIND_REQUIRED;
import static org.cardhub.terminals.entity.InvalidTerminalException.Code.LOCATION_FORMAT;
import static org.cardhub.terminals.entity.InvalidTerminalException.Code.REGION_FORMAT;
import static org.cardhub.terminals.entity.InvalidTerminalException.Code.STATION_FORMAT;

/**
 * A registered terminal. Its signing key is held only sealed; the registry opens it to check a
 * message's signature.
 */
@Entity
public class Terminal {

    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    /** ISO 3166-2: the country, a dash and the subdivision, like RU-MOW. */
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    /** Stations and regions are matched against card restrictions kept as comma-separated lists: no commas. */
    private static final Pattern STATION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{0,63}");

    private static final int LOCATION_LENGTH = 200;

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

    private Double latitude;

    private Double longitude;

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
        String normalised = normalisedId(id);
        if (!ID.matcher(normalised).matches()) {
            throw new InvalidTerminalException(ID_FORMAT, "A terminal id is 3 to 32 letters, digits and dashes, like FUEL-0001");
        }
        if (kind == null) {
            throw new InvalidTerminalException(KIND_REQUIRED, "A terminal needs its kind");
        }
        if (location == null || location.isBlank() || location.strip().length() > LOCATION_LENGTH) {
            throw new InvalidTerminalException(LOCATION_FORMAT, "A terminal needs its location, at most 200 characters");
        }
        if (station != null && !station.isBlank() && !STATION.matcher(station.strip()).matches()) {
            throw new InvalidTerminalException(STATION_FORMAT,
                    "A station is at most 64 letters, digits, spaces and . _ / -, like AZS-17");
        }
        String regionCode = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        if (!REGION.matcher(regionCode).matches()) {
            throw new InvalidTerminalException(REGION_FORMAT, "A region is an ISO 3166-2 code like RU-MOW");
        }
        this.id = normalised;
        this.kind = kind;
        this.organizationId = organizationId;
        this.location = location.strip();
        this.station = station == null || station.isBlank() ? null : station.strip();
        this.region = regionCode;
        this.secretKeyCipher = Objects.requireNonNull(sealedKey);
        this.status = TerminalStatus.ACTIVE;
        this.keyRotatedAt = now;
        this.createdAt = now;
    }

    /** How a terminal id is written in the registry: trimmed, upper case. */
    public static String normalisedId(String id) {
        return id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
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

    /** Records where the terminal stands (its station's place), or that it is not known when null. */
    public void placeAt(GeoPoint position) {
        this.latitude = position == null ? null : position.latitude();
        this.longitude = position == null ? null : position.longitude();
    }

    /** Where it stands; null when nobody said. */
    public GeoPoint position() {
        return GeoPoint.ofNullable(latitude, longitude);
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

    /** The station its sales are matched against: the one it was registered at, or itself. */
    public String station() {
        return station == null ? id : station;
    }

    /** The station it was registered at; null when none was given. */
    public String registeredStation() {
        return station;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Instant createdAt() {
        return createdAt;
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
