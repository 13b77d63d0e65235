package org.cardhub.schooloffice.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.util.Optional;

/**
 * A class over the dashboard's period: its pupil-days at school (each pupil on each school day is one), on time and
 * late, the pupil-days missed, and its canteen meals and revenue.
 */
public record ClassFigures(DashboardClass schoolClass, long schoolDays, long present, long late, long paidMeals,
                           long freeMeals, Amount revenue) implements Serializable {

    /** Pupil-days the class should have had: every pupil on every school day. */
    public long expected() {
        return schoolClass.pupils() * schoolDays;
    }

    public long onTime() {
        return present - late;
    }

    public long absent() {
        return Math.max(0, expected() - present);
    }

    public Optional<Integer> presentPercent() {
        return Shares.percent(present, expected());
    }
}
