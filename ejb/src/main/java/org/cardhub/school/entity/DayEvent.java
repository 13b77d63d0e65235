package org.cardhub.school.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing of a pupil's school day as the parent reads it: a pass through the turnstile, a meal with its dishes, a
 * trip, a top-up, money moved or charged.
 *
 * @param amount     what it did to the pupil's money, signed (a meal −70,00, a top-up +500,00); for a move between
 *                   the card's own purses, what was moved; null for a pass
 * @param terminalId the terminal it happened at, when a terminal did it (to tell where); else null
 * @param cancelled  the operation was taken back later (a reversed purchase): shown, but counted nowhere
 */
public record DayEvent(Instant at, Kind kind, Amount amount, String terminalId, List<Dish> dishes, boolean cancelled)
        implements Serializable {

    /** What kind of thing happened, as the day view groups and counts it. */
    public enum Kind {
        ENTRY, EXIT,
        /** A canteen purchase: hot meal, buffet, drinks. */
        MEAL,
        /** A transport fare. */
        TRIP,
        /** Any other purchase. */
        PURCHASE,
        /** Money paid in: cash at a kiosk, a bank card, a payment agent, an automatic top-up. */
        TOP_UP,
        /** Money from another purse: a sibling's card, a parent's wallet, the card this one replaced. */
        TRANSFER_IN,
        TRANSFER_OUT,
        /** Between the card's own general and canteen purses: the card has as much as before. */
        PURSE_MOVE,
        /** The taking back of an earlier operation, on the day it was taken back. */
        CANCELLATION,
        /** A fee or any other money taken: the SMS informer, a correction. */
        CHARGE,
        /** Any other money given: a correction in the pupil's favour. */
        CREDIT;

        public boolean isPass() {
            return this == ENTRY || this == EXIT;
        }
    }

    public DayEvent {
        Objects.requireNonNull(at);
        Objects.requireNonNull(kind);
        dishes = dishes == null ? List.of() : List.copyOf(dishes);
    }

    public static DayEvent pass(Instant at, boolean entry, String terminalId) {
        return new DayEvent(at, entry ? Kind.ENTRY : Kind.EXIT, null, terminalId, List.of(), false);
    }

    /** Whether it counts in the day's sums: everything but a cancelled operation and a cancellation. */
    public boolean counts() {
        return !cancelled && kind != Kind.CANCELLATION;
    }

    /** Money taken, as a positive amount (zero for money given). */
    public long spentMinor() {
        return amount == null || !amount.isNegative() ? 0 : -amount.minorUnits();
    }

    /** Money given, as a positive amount (zero for money taken). */
    public long receivedMinor() {
        return amount == null || !amount.isPositive() ? 0 : amount.minorUnits();
    }
}
