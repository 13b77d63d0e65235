package org.cardhub.partners.entity;

/**
 * How many write requests a partner made in one hour or day (Moscow time, {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH})
 * that got one HTTP status; status 0 for those still in flight.
 */
public record RequestCount(String period, int status, long count) {
}
