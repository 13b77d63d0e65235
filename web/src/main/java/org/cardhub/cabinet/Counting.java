package org.cardhub.cabinet;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words the lessons' pages share: the form of a noun after a number (Russian has three — 1 занятие, 2 занятия,
 * 5 занятий — English two: {@code one}, {@code few}, {@code many} as message-key suffixes) and a weekly schedule
 * («пн, ср 17:00–18:00»).
 */
public final class Counting {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Counting() {
    }

    /** The suffix of the message key for a noun after {@code count}: one, few or many. */
    public static String formOf(int count, Locale locale) {
        int lastTwo = Math.abs(count) % 100;
        int last = lastTwo % 10;
        if (!"ru".equals(locale.getLanguage())) {
            return count == 1 ? "one" : "many";
        }
        if (lastTwo >= 11 && lastTwo <= 14) {
            return "many";
        }
        return last == 1 ? "one" : last >= 2 && last <= 4 ? "few" : "many";
    }

    /** «пн, ср 17:00–18:00» in the locale's short weekday names; the days alone without a time. */
    public static String schedule(List<DayOfWeek> days, LocalTime startsAt, int minutes, Locale locale) {
        String weekdays = days.stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
        return startsAt == null ? weekdays : weekdays + " " + hours(startsAt, minutes);
    }

    /** «17:00–18:00». */
    public static String hours(LocalTime startsAt, int minutes) {
        return TIME.format(startsAt) + "–" + TIME.format(startsAt.plusMinutes(minutes));
    }
}
