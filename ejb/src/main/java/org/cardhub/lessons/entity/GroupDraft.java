package org.cardhub.lessons.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A group as the centre types it, to open or to change: {@link #problems} names everything wrong, field by field, with a
 * stable reason ({@code NAME_REQUIRED}, {@code PRICE_NOT_POSITIVE}, …). A per-lesson group needs its lesson price; a
 * course its price, number of lessons and dates; a group sold by subscription may name a lesson price (what a lesson in
 * debt costs when paid from the balance) and gets its offers apart.
 */
public record GroupDraft(String name, String teacher, List<DayOfWeek> weekdays, LocalTime startsAt, Integer minutes,
                         Pricing pricing, Amount lessonPrice, Amount coursePrice, Integer courseLessons,
                         LocalDate courseFrom, LocalDate courseUntil, DebtRule debtRule) implements Serializable {

    public static final int MAX_NAME = 120;

    public enum Field { NAME, TEACHER, WEEKDAYS, STARTS_AT, MINUTES, PRICING, LESSON_PRICE, COURSE_PRICE, COURSE_LESSONS,
        COURSE_DATES }

    /** One thing wrong with one field; {@code reason} is a stable code the pages name in words. */
    public record Problem(Field field, String reason) implements Serializable {
    }

    public GroupDraft {
        weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        text(problems, Field.NAME, name, "NAME");
        text(problems, Field.TEACHER, teacher, "TEACHER");
        if (weekdays.isEmpty()) {
            problems.add(new Problem(Field.WEEKDAYS, "WEEKDAYS_REQUIRED"));
        }
        if (startsAt == null) {
            problems.add(new Problem(Field.STARTS_AT, "STARTS_AT_REQUIRED"));
        }
        if (minutes == null || minutes < 15 || minutes > 480) {
            problems.add(new Problem(Field.MINUTES, "MINUTES_OUT_OF_RANGE"));
        }
        if (pricing == null) {
            problems.add(new Problem(Field.PRICING, "PRICING_REQUIRED"));
            return problems;
        }
        if (pricing == Pricing.PER_LESSON && lessonPrice == null) {
            problems.add(new Problem(Field.LESSON_PRICE, "PRICE_REQUIRED"));
        }
        price(problems, Field.LESSON_PRICE, lessonPrice);
        if (pricing == Pricing.COURSE) {
            courseProblems(problems);
        }
        return problems;
    }

    private void courseProblems(List<Problem> problems) {
        if (coursePrice == null) {
            problems.add(new Problem(Field.COURSE_PRICE, "PRICE_REQUIRED"));
        }
        price(problems, Field.COURSE_PRICE, coursePrice);
        if (courseLessons == null || courseLessons <= 0) {
            problems.add(new Problem(Field.COURSE_LESSONS, "LESSONS_NOT_POSITIVE"));
        }
        if (courseFrom == null || courseUntil == null) {
            problems.add(new Problem(Field.COURSE_DATES, "DATES_REQUIRED"));
        } else if (courseUntil.isBefore(courseFrom)) {
            problems.add(new Problem(Field.COURSE_DATES, "DATES_REVERSED"));
        }
    }

    private static void text(List<Problem> problems, Field field, String value, String what) {
        String tidied = value == null ? "" : value.strip();
        if (tidied.isEmpty()) {
            problems.add(new Problem(field, what + "_REQUIRED"));
        } else if (tidied.length() > MAX_NAME) {
            problems.add(new Problem(field, what + "_TOO_LONG"));
        }
    }

    private static void price(List<Problem> problems, Field field, Amount price) {
        if (price == null) {
            return;
        }
        if (price.currency() != Currency.RUB) {
            problems.add(new Problem(field, "NOT_ROUBLES"));
        } else if (!price.isPositive()) {
            problems.add(new Problem(field, "PRICE_NOT_POSITIVE"));
        }
    }
}
