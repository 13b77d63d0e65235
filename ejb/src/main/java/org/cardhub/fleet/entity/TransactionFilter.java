package org.cardhub.fleet.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What a fleet manager narrows a contract's transactions to; a blank or null part matches everything.
 *
 * @param from       the first day, in the contract's time zone, or null
 * @param to         the last day (included), in the contract's time zone, or null
 * @param lastDigits how the card number ends
 * @param station    part of the station's name or code, ignoring case
 * @param region     the region's code, exactly
 * @param product    the product's code, exactly
 * @param type       the kind of transaction, or null for all
 */
public record TransactionFilter(LocalDate from, LocalDate to, String lastDigits, String station, String region,
                                String product, TransactionType type) implements Serializable {

    public static final TransactionFilter NONE = new TransactionFilter(null, null, null, null, null, null, null);

    public TransactionFilter {
        lastDigits = blankAsNull(lastDigits);
        station = blankAsNull(station);
        region = blankAsNull(region);
        product = blankAsNull(product);
    }

    public boolean hasPeriod() {
        return from != null || to != null;
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
        return "%" + escaped(station.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
