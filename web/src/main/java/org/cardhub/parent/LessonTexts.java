package org.cardhub.parent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Counting;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.LessonOverview.GroupLine;
import org.cardhub.lessons.boundary.LessonOverview.SubscriptionLine;
import org.cardhub.lessons.boundary.LessonOverview.VisitLine;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.money.Amount;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A child's lessons in words of the page's language: the schedule («пн, ср 17:00–18:00»), how a group is paid for,
 * an offer («8 занятий на 30 дней»), a subscription's state, how a visit was paid; counts with their Russian plurals.
 */
@Named
@RequestScoped
public class LessonTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Language language;

    public String amount(Amount amount) {
        return Formats.amount(amount, language.getLocale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String schedule(GroupLine group) {
        return Counting.schedule(group.days(), group.startsAt(), group.minutes(), language.getLocale());
    }

    public String pricing(GroupLine group) {
        if (group.pricing() == Pricing.PER_LESSON) {
            return PageMessages.text("lessons.pricing.PER_LESSON", amount(group.lessonPrice()));
        }
        if (group.pricing() == Pricing.COURSE && group.coursePrice() != null) {
            return PageMessages.text("lessons.pricing.COURSE", amount(group.coursePrice()));
        }
        if (group.pricing() == Pricing.SUBSCRIPTION && group.lessonPrice() != null) {
            return PageMessages.text("lessons.pricing.SUBSCRIPTION.withLessonPrice", amount(group.lessonPrice()));
        }
        return PageMessages.text("lessons.pricing." + group.pricing().name());
    }

    /** «8 занятий на 30 дней». */
    public String offer(CentreGroups.Offer offer) {
        return PageMessages.text("lessons.offer", lessons(offer.lessons()), count("lessons.days", offer.validDays()));
    }

    public String lessons(int lessons) {
        return count("lessons.lessons", lessons);
    }

    /** «Осталось 2 занятия из 8», or for a course its name alone. */
    public String lessonsLeft(SubscriptionLine line) {
        return line.course() ? PageMessages.text("lessons.course")
                : PageMessages.text("lessons.left", count("lessons.lessons", line.lessonsLeft()), line.lessons());
    }

    /** «Оплачено 5 000,00 ₽ из 10 000,00 ₽». */
    public String paidOf(SubscriptionLine line) {
        return PageMessages.text("lessons.paidOf", amount(line.paid()), amount(line.price()));
    }

    public String validity(SubscriptionLine line) {
        return date(line.validFrom()) + " – " + date(line.validUntil());
    }

    /** действует / закончился / курс. */
    public String status(SubscriptionLine line) {
        return PageMessages.text(line.course() ? "lessons.status.course"
                : line.expired() ? "lessons.status.ended" : "lessons.status.active");
    }

    public String statusSeverity(SubscriptionLine line) {
        return line.course() ? "info" : line.expired() ? "secondary" : "success";
    }

    /** по абонементу / с баланса / в долг. */
    public String paidBy(VisitLine visit) {
        return PageMessages.text(visit.inDebt() ? "lessons.visit.inDebt"
                : visit.subscriptionId() != null ? "lessons.visit.bySubscription" : "lessons.visit.fromBalance");
    }

    public String paidBySeverity(VisitLine visit) {
        return visit.inDebt() ? "danger" : visit.subscriptionId() != null ? "success" : "info";
    }

    /** A number with the noun in its form: 1 занятие, 2 занятия, 5 занятий; 1 lesson, 2 lessons. */
    private String count(String key, int number) {
        return PageMessages.text(key + "." + Counting.formOf(number, language.getLocale()), number);
    }
}
