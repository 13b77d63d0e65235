package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.terminals.entity.GeoPoint;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * When a fill-up (a purchase or the completion of an authorisation) is suspicious: it put more litres into the
 * card's vehicle than its tank holds, or the same card filled up within {@code window} at a station more than
 * {@code kilometres} away — one car cannot have been at both. Stations are placed by their terminals' positions in
 * the registry; a station the registry does not place is never "far".
 *
 * <p>The database asks the same questions for a page and for the "suspicious only" filter
 * ({@code fleet.control.TransactionQuery}), comparing the haversine of the two stations with
 * {@link #haversineThreshold()}; these methods answer them for the few rows of a transaction's detail.
 */
public record SuspicionRule(double kilometres, Duration window) implements Serializable {

    public static final SuspicionRule STANDARD = new SuspicionRule(50, Duration.ofHours(1));

    public SuspicionRule {
        if (!(kilometres > 0) || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A suspicious distance and window are positive: " + kilometres + " km, " + window);
        }
    }

    /** Whether {@code volume} litres overfill a tank of {@code tankMillilitres}; an unknown tank is never overfilled. */
    public boolean overfills(Amount volume, Long tankMillilitres) {
        return tankMillilitres != null && volume.currency() == Currency.LITRE && volume.minorUnits() > tankMillilitres;
    }

    /** Whether two fill-ups are close enough in time for the distance to matter (both ends of the window count). */
    public boolean closeInTime(Instant one, Instant other) {
        return Duration.between(one, other).abs().compareTo(window) <= 0;
    }

    /** Whether two stations are farther apart than the rule allows; an unplaced station is never far. */
    public boolean farApart(GeoPoint one, GeoPoint other) {
        return one != null && other != null && one.haversine(other) > haversineThreshold();
    }

    /** What the haversine of two farther stations exceeds ({@link GeoPoint#haversineOf}). */
    public double haversineThreshold() {
        return GeoPoint.haversineOf(kilometres);
    }

    public long windowMinutes() {
        return window.toMinutes();
    }
}
