package org.cardhub.fleet.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What a fleet manager narrows a contract's transactions to; a blank or null part matches everything.
 *
 * @param from           the first day, in the contract's time zone, or null
 * @param to             the last day (included), in the contract's time zone, or null
 * @param lastDigits     how the card number ends
 * @param station        part of the station's name or code, ignoring case
 * @param region         the region's code, exactly
 * @param product        the product's code, exactly
 * @param type           the kind of transaction, or null for all
 * @param groupId        the card group of the card, or null for any
 * @param vehicle        part of the card's vehicle, plate, driver or holder, ignoring case
 * @param status         booked or reversed, or null for both
 * @param suspiciousOnly only fill-ups the {@link SuspicionRule} flags
 */
public record TransactionFilter(LocalDate from, LocalDate to, String lastDigits, String station, String region,
                                String product, TransactionType type, Long groupId, String vehicle,
                                TransactionStatus status, boolean suspiciousOnly) implements Serializable {

    public static final TransactionFilter NONE = new TransactionFilter(null, null, null, null, null, null, null);

    public TransactionFilter {
        lastDigits = blankAsNull(lastDigits);
        station = blankAsNull(station);
        region = blankAsNull(region);
        product = blankAsNull(product);
        vehicle = blankAsNull(vehicle);
    }

    /** The period, the card, where and what: any card group, vehicle and status, suspicious or not. */
    public TransactionFilter(LocalDate from, LocalDate to, String lastDigits, String station, String region,
                             String product, TransactionType type) {
        this(from, to, lastDigits, station, region, product, type, null, null, null, false);
    }

    public TransactionFilter onlySuspicious() {
        return new TransactionFilter(from, to, lastDigits, station, region, product, type, groupId, vehicle, status, true);
    }

    public boolean hasPeriod() {
        return from != null || to != null;
    }

    /** Whether it narrows more than the period: an empty result then means "nothing matches", not "nothing yet". */
    public boolean isNarrowed() {
        return lastDigits != null || station != null || region != null || product != null || type != null
                || groupId != null || vehicle != null || status != null || suspiciousOnly;
    }

    /** The first instant of {@code from} in the zone. */
    public Instant fromInstant(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone (the period's end, exclusive). */
    public Instant untilInstant(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public String lastDigitsPattern() {
        return "%" + escaped(lastDigits);
    }

    public String stationPattern() {
        return anywhere(station);
    }

    public String vehiclePattern() {
        return anywhere(vehicle);
    }

    private static String anywhere(String text) {
        return "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
