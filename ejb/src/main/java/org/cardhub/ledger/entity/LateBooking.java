package org.cardhub.ledger.entity;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * When an event that reaches the books after it happened is booked: a completion of an authorisation (the fuel was
 * taken when it was authorised), a purchase a terminal made offline and forwards later. It keeps the time it happened
 * while that month is open for every contract it touches — a completion within the grace period after a month's end
 * still belongs to that month. Otherwise it is booked now, into the open month: the closed month is never changed.
 * A time is trusted only within this month and the one before in each contract's zone, and not in the future: a
 * terminal's clock gone wrong cannot post into a month long past.
 */
public final class LateBooking {

    private LateBooking() {
    }

    /**
     * The time to book at: {@code happened}, or {@code now} when that falls into a month closed (or not trusted) for
     * any of {@code contracts}, each judged in its own zone.
     */
    public static Instant bookingTime(Instant happened, Instant now, Collection<Long> contracts,
                                      Function<Long, ZoneId> zoneOfContract, BiPredicate<Long, YearMonth> closed) {
        if (happened.isAfter(now)) {
            return now;
        }
        for (Long contract : contracts) {
            ZoneId zone = zoneOfContract.apply(contract);
            YearMonth month = YearMonth.from(happened.atZone(zone));
            if (month.isBefore(YearMonth.from(now.atZone(zone)).minusMonths(1)) || closed.test(contract, month)) {
                return now;
            }
        }
        return happened;
    }
}
