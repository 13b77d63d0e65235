package org.cardhub.center;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Counting;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.lessons.boundary.CentreAttendance;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.LessonOverview;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.money.Amount;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * How the centre's pages read in the page's language: schedules («пн, ср 17:00–18:00»), pricing and offers in words
 * with roubles as 1 500,00 ₽, dates as 07.12.2026, and a register's marks («по абонементу, осталось 2»).
 */
@Named
@RequestScoped
public class CentreWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Language language;

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String amount(Amount amount) {
        return Formats.amount(amount, locale());
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale());
    }

    /** «пн, ср». */
    public String weekdays(List<DayOfWeek> days) {
        return Counting.schedule(days, null, 0, locale());
    }

    /** «17:00–18:00». */
    public String hours(GroupDraft group) {
        return hours(group.startsAt(), group.minutes());
    }

    public String hours(LocalTime startsAt, int minutes) {
        return Counting.hours(startsAt, minutes);
    }

    /** «пн, ср 17:00–18:00». */
    public String schedule(GroupDraft group) {
        return schedule(group.weekdays(), group.startsAt(), group.minutes());
    }

    public String schedule(List<DayOfWeek> days, LocalTime startsAt, int minutes) {
        return Counting.schedule(days, startsAt, minutes, locale());
    }

    /** How a visit was paid: «по абонементу», «с баланса: 700,00 ₽», «в долг». */
    public String paidBy(LessonOverview.VisitLine visit) {
        if (visit.inDebt()) {
            return PageMessages.text("centre.mark.DEBT");
        }
        return visit.subscriptionId() != null ? PageMessages.text("centre.visit.subscription")
                : PageMessages.text("centre.visit.balance", amount(visit.settled()));
    }

    public String pricing(GroupDraft group) {
        return switch (group.pricing()) {
            case PER_LESSON -> PageMessages.text("centre.pricing.words.PER_LESSON", amount(group.lessonPrice()));
            case COURSE -> PageMessages.text("centre.pricing.words.COURSE", amount(group.coursePrice()),
                    lessons(group.courseLessons()), date(group.courseFrom()), date(group.courseUntil()));
            case SUBSCRIPTION -> group.lessonPrice() == null ? PageMessages.text("centre.pricing.words.SUBSCRIPTION")
                    : PageMessages.text("centre.pricing.words.SUBSCRIPTION.debt", amount(group.lessonPrice()));
        };
    }

    /** «8 занятий на 30 дней — 4 000,00 ₽». */
    public String offer(CentreGroups.Offer offer) {
        return PageMessages.text("centre.offer.words", lessons(offer.lessons()), days(offer.validDays()),
                amount(offer.price()));
    }

    public String lessons(Integer count) {
        return count == null ? "" : counted("centre.count.lessons", count);
    }

    public String days(int count) {
        return counted("centre.count.days", count);
    }

    public String mark(CentreAttendance.RegisterLine line) {
        return line.mark() == CentreAttendance.Mark.SUBSCRIPTION
                ? PageMessages.text("centre.mark.SUBSCRIPTION", line.lessonsLeft())
                : PageMessages.text("centre.mark." + line.mark().name());
    }

    /** The form of the word for {@code count}: Russian has three (1 занятие, 2 занятия, 5 занятий), English two. */
    private String counted(String key, int count) {
        return PageMessages.text(key + "." + Counting.formOf(count, locale()), count);
    }

    private Locale locale() {
        return language == null ? Locale.forLanguageTag("ru") : language.getLocale();
    }
}
