package org.cardhub.lessons.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A pupil at one lesson of the group, on its date in the organisation's calendar: paid by a subscription, or in debt. */
public record Visit(long lessonId, LocalDate date, Consumption consumption) {

    public Visit {
        Objects.requireNonNull(date, "date");
    }

    static Visit inDebt(long lessonId, LocalDate date) {
        return new Visit(lessonId, date, null);
    }

    Visit paidBy(Consumption paying) {
        return new Visit(lessonId, date, Objects.requireNonNull(paying, "consumption"));
    }

    public boolean isInDebt() {
        return consumption == null;
    }

    public Optional<Consumption> paidFrom() {
        return Optional.ofNullable(consumption);
    }

    public Optional<Long> subscriptionId() {
        return paidFrom().map(Consumption::subscriptionId);
    }
}
