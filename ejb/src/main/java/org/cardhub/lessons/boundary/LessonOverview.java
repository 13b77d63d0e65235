package org.cardhub.lessons.boundary;

import org.cardhub.lessons.entity.Pricing;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A pupil's lessons at a centre as the parents (and the centre) see them: the balance, the groups with what they offer,
 * every subscription from the first, every visit from the first lesson, and the home's two blocks — ending soon, and
 * payment due or in debt.
 */
public record LessonOverview(long pupilId, long cardId, String pupil, String centre, Amount balance,
                             boolean settleDebtsFirst, LocalDate today, List<GroupLine> groups,
                             List<SubscriptionLine> subscriptions, List<VisitLine> visits) implements Serializable {

    public record GroupLine(long groupId, String name, String teacher, List<DayOfWeek> days, LocalTime startsAt,
                            int minutes, Pricing pricing,
                            Amount lessonPrice, Amount coursePrice, List<CentreGroups.Offer> offers, int lessonsInDebt, Amount debt)
            implements Serializable {
    }

    public record SubscriptionLine(long id, long groupId, String group, boolean course, int lessons, int lessonsLeft,
                                   LocalDate validFrom, LocalDate validUntil, Amount price, Amount paid, Amount due,
                                   boolean expired, boolean endingSoon) implements Serializable {

        public boolean isPaymentDue() {
            return due.isPositive();
        }
    }

    /** A visit: paid by the subscription named, from the balance ({@code settled}), or in debt. */
    public record VisitLine(LocalDate date, String group, Long subscriptionId, Amount settled, boolean inDebt)
            implements Serializable {
    }

    public List<SubscriptionLine> endingSoon() {
        return subscriptions.stream().filter(SubscriptionLine::endingSoon).toList();
    }

    public List<SubscriptionLine> paymentDue() {
        return subscriptions.stream().filter(SubscriptionLine::isPaymentDue).toList();
    }

    public List<VisitLine> lessonsInDebt() {
        return visits.stream().filter(VisitLine::inDebt).toList();
    }
}
