package org.cardhub.schooloffice.entity;

import java.io.Serializable;
import java.util.Optional;

/** The school's today for the pupils looked at: the day's figures and how many have not eaten, of them those present. */
public record TodayFigures(DayFigures day, long withoutMeal, long presentWithoutMeal) implements Serializable {

    /** Present of all pupils, whether or not anybody has come yet: at 07:00 it is 0 %. */
    public Optional<Integer> presentPercent() {
        return Shares.percent(day.present(), day.pupils());
    }
}
