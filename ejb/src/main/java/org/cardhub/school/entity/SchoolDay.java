package org.cardhub.school.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One school day of one pupil's card, in the school's time zone: its events in time order and its summary.
 *
 * @param generalAtEnd what the general purse held when the day ended (now, for today); null if the card has none
 * @param canteenAtEnd the same for the canteen purse
 * @param truncated    the day had more events than one page shows (only the first are listed)
 */
public record SchoolDay(LocalDate date, ZoneId zone, List<DayEvent> events, DaySummary summary, Amount generalAtEnd,
                        Amount canteenAtEnd, boolean truncated) implements Serializable {

    public SchoolDay {
        Objects.requireNonNull(date);
        Objects.requireNonNull(zone);
        events = List.copyOf(events);
        Objects.requireNonNull(summary);
    }
}
