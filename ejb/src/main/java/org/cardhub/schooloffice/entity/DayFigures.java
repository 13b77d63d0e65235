package org.cardhub.schooloffice.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One day of the dashboard for the pupils looked at (a class or the whole school): who came (on time or late) and who
 * did not, the canteen's meals paid and free and its revenue from each. A day nobody of the school came through the
 * turnstiles (a weekend, a holiday) is no school day: nobody is absent on it.
 */
public record DayFigures(LocalDate date, boolean schoolDay, long pupils, long present, long late, long paidMeals,
                         long freeMeals, Amount paid, Amount free) implements Serializable {

    public long onTime() {
        return present - late;
    }

    public long absent() {
        return schoolDay ? Math.max(0, pupils - present) : 0;
    }

    public Optional<Integer> presentPercent() {
        return schoolDay ? Shares.percent(present, pupils) : Optional.empty();
    }

    public long meals() {
        return paidMeals + freeMeals;
    }

    public Amount revenue() {
        return paid.plus(free);
    }
}
