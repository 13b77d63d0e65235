package org.cardhub.meals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A pupil's meal category, when it is not "paid": a free-meal beneficiary of a {@link BenefitKind} from one date, until
 * another or for good. A pupil with none pays for their meals.
 */
@Entity
@Table(name = "meal_benefit")
public class MealBenefit {

    @Id
    @Column(name = "card_id")
    private long cardId;

    @Column(name = "kind_code")
    private String kindCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "granted_by")
    private String grantedBy;

    @Column(name = "granted_at")
    private Instant grantedAt;

    @Version
    private long version;

    protected MealBenefit() {
    }

    public MealBenefit(long cardId, BenefitKind kind, LocalDate validFrom, LocalDate validUntil, String by, Instant now) {
        this.cardId = cardId;
        grant(kind, validFrom, validUntil, by, now);
    }

    /** Grants (again) the benefit of {@code kind} from {@code validFrom} to {@code validUntil} (null: no end). */
    public void grant(BenefitKind kind, LocalDate validFrom, LocalDate validUntil, String by, Instant now) {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("A benefit ends on or after its first day");
        }
        this.kindCode = kind.code();
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.grantedBy = by;
        this.grantedAt = now;
    }

    /** Whether the pupil is a beneficiary on {@code day}. */
    public boolean coversDay(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public long cardId() {
        return cardId;
    }

    public String kindCode() {
        return kindCode;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
