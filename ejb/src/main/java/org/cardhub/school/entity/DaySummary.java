package org.cardhub.school.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A school day in one line: when the pupil first came in and last went out, how many meals and trips and what they
 * cost, what else was bought or charged, what came in and what was sent away. Cancelled operations count nowhere.
 *
 * @param firstEntry the first pass in, or null
 * @param lastExit   the last pass out, or null
 * @param toppedUp   top-ups and money received from other purses
 * @param spentOther other purchases and charges (fees)
 * @param sentAway   money sent to other purses (a sibling's card)
 * @param events     how many things happened, cancelled ones included
 */
public record DaySummary(LocalDate date, Instant firstEntry, Instant lastExit, int meals, Amount spentOnMeals, int trips,
                         Amount spentOnTrips, Amount spentOther, Amount toppedUp, Amount sentAway, int events)
        implements Serializable {

    public DaySummary {
        Objects.requireNonNull(date);
    }

    public static DaySummary of(LocalDate date, Collection<DayEvent> events) {
        Instant firstEntry = null;
        Instant lastExit = null;
        int meals = 0;
        int trips = 0;
        long onMeals = 0;
        long onTrips = 0;
        long other = 0;
        long toppedUp = 0;
        long sent = 0;
        for (DayEvent event : events) {
            if (event.kind() == DayEvent.Kind.ENTRY && (firstEntry == null || event.at().isBefore(firstEntry))) {
                firstEntry = event.at();
            }
            if (event.kind() == DayEvent.Kind.EXIT && (lastExit == null || event.at().isAfter(lastExit))) {
                lastExit = event.at();
            }
            if (!event.counts()) {
                continue;
            }
            switch (event.kind()) {
                case MEAL -> {
                    meals++;
                    onMeals += event.spentMinor();
                }
                case TRIP -> {
                    trips++;
                    onTrips += event.spentMinor();
                }
                case PURCHASE, CHARGE -> other += event.spentMinor();
                case TOP_UP, TRANSFER_IN, CREDIT -> toppedUp += event.receivedMinor();
                case TRANSFER_OUT -> sent += event.spentMinor();
                default -> {
                    // passes are counted above; a move between the card's own purses changes nothing
                }
            }
        }
        return new DaySummary(date, firstEntry, lastExit, meals, rub(onMeals), trips, rub(onTrips), rub(other),
                rub(toppedUp), rub(sent), events.size());
    }

    /** Nothing happened that day. */
    public boolean isQuiet() {
        return events == 0;
    }

    private static Amount rub(long minor) {
        return Amount.ofMinorUnits(minor, Currency.RUB);
    }
}
