package org.cardhub.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

import static org.cardhub.contracts.entity.InvalidTariffException.Code.ALREADY_ENDED;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.END_BEFORE_START;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.END_IN_PAST;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.END_REQUIRED;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.NO_CHOSEN_STATIONS;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.START_IN_PAST;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.START_REQUIRED;

/**
 * One discount of a tariff: its {@link DiscountScope}, its rate in basis points, and the days it is in force — from
 * {@code effectiveFrom} up to, not including, {@code endsOn} (open when null). A day is the contract's local day.
 * Rows are never rewritten: a new rate is a new row (from today or later), which supersedes an older one of the same
 * scope from its first day; a row can be ended, never moved into the past. Days of the back office ("today") are
 * those of the operator's zone, {@link #OPERATOR_ZONE}.
 */
@Entity
@Table(name = "tariff_discount")
public class TariffDiscount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final ZoneId OPERATOR_ZONE = ZoneId.of("Europe/Moscow");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tariff_code")
    private String tariffCode;

    @Column(name = "product_code")
    private String productCode;

    private String category;

    private String region;

    @Column(name = "chosen_stations")
    private boolean chosenStations;

    @Column(name = "discount_bp")
    private int basisPoints;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected TariffDiscount() {
    }

    /** A new discount of {@code tariff}, in force from {@code from} (today or later) until it is ended. */
    public static TariffDiscount of(Tariff tariff, DiscountScope scope, int basisPoints, LocalDate from, LocalDate today,
                                    String actor, Instant now) {
        DiscountRate rate = new DiscountRate(basisPoints, null);
        if (from == null) {
            throw new InvalidTariffException(START_REQUIRED, "A discount needs the day it starts");
        }
        if (from.isBefore(today)) {
            throw new InvalidTariffException(START_IN_PAST, "A discount starts today (" + today + ") or later, not " + from);
        }
        if (scope.chosenStations() && tariff.chosenStations() == 0) {
            throw new InvalidTariffException(NO_CHOSEN_STATIONS, "Clients of tariff " + tariff.code() + " choose no stations");
        }
        TariffDiscount discount = new TariffDiscount();
        discount.tariffCode = tariff.code();
        discount.productCode = scope.productCode();
        discount.category = scope.category();
        discount.region = scope.region();
        discount.chosenStations = scope.chosenStations();
        discount.basisPoints = rate.basisPoints();
        discount.effectiveFrom = from;
        discount.createdBy = Objects.requireNonNull(actor);
        discount.createdAt = now;
        return discount;
    }

    /** Whether the discount is in force on that (local) day. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (endsOn == null || day.isBefore(endsOn));
    }

    /** Whether it takes something off this sale on that day for a contract with these chosen stations. */
    public boolean appliesTo(Sale sale, Collection<String> stations, LocalDate day) {
        return isInForceOn(day) && scope().covers(sale, stations);
    }

    /** Whether it is over: ended on or before {@code today}, or ended on its first day (so never in force). */
    public boolean hasEnded(LocalDate today) {
        return endsOn != null && (!endsOn.isAfter(today) || !endsOn.isAfter(effectiveFrom));
    }

    /**
     * Ends the discount: from {@code on} (today or later, not before it starts) it no longer applies. One that is over
     * stays as it was. Returns the end it had (null: none).
     */
    public LocalDate end(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new InvalidTariffException(END_REQUIRED, "Ending a discount needs the day it no longer applies");
        }
        if (hasEnded(today)) {
            throw new InvalidTariffException(ALREADY_ENDED, "Discount " + id + " ended on " + endsOn);
        }
        if (on.isBefore(today)) {
            throw new InvalidTariffException(END_IN_PAST, "A discount ends today (" + today + ") or later, not " + on);
        }
        if (on.isBefore(effectiveFrom)) {
            throw new InvalidTariffException(END_BEFORE_START, "Discount " + id + " starts on " + effectiveFrom
                    + " and cannot end on " + on);
        }
        LocalDate before = endsOn;
        endsOn = on;
        return before;
    }

    public DiscountRate rate() {
        return new DiscountRate(basisPoints, id);
    }

    public DiscountScope scope() {
        return new DiscountScope(productCode, category, region, chosenStations);
    }

    /** E.g. "AI-95 in RU-MOW 300 bp from 2026-05-01 until 2026-06-01": for the audit trail. */
    public String describe() {
        return scope().describe() + " " + basisPoints + " bp from " + effectiveFrom
                + (endsOn == null ? "" : " until " + endsOn);
    }

    public Long id() {
        return id;
    }

    public String tariffCode() {
        return tariffCode;
    }

    public int basisPoints() {
        return basisPoints;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The first day it no longer applies; null while it has no end. */
    public LocalDate endsOn() {
        return endsOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
