package org.cardhub.attendance;

import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceStatus;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How the register reads in one language, the same on the page and in its files: the words of each status, times on
 * the school's clock (08:05), dates (07.12.2026), a day's heading («пн 07.12»), a pupil's day in a few words and the
 * file's name («Посещаемость 5А 07.12.2026–11.12.2026.xlsx»).
 */
public final class AttendanceLabels {

    static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM");

    private final ResourceBundle bundle;
    private final Locale locale;

    public AttendanceLabels(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    public String status(AttendanceStatus status) {
        return text("attendance.status." + status.name());
    }

    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The day of the week, short, and the date without its year: «пн 07.12», «Mon 07.12». */
    public String dayHeading(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + SHORT_DATE.format(date);
    }

    /** «Вовремя 08:12», «Опоздание 08:47», «Отсутствие»: the status and, when the pupil came in, when. */
    public String mark(AttendanceDay day) {
        String status = status(day.status());
        return day.firstEntry() == null ? status : status + " " + time(day.firstEntry());
    }

    /** «Ранний уход 12:30», or nothing when the pupil did not leave early. */
    public String leftEarly(AttendanceDay day) {
        return day.leftEarly() ? text("attendance.leftEarly") + " " + time(day.lastExit()) : "";
    }

    /** A pupil's day in one line: the mark and, when it was so, leaving early. */
    public String line(AttendanceDay day) {
        String early = leftEarly(day);
        return early.isEmpty() ? mark(day) : mark(day) + ", " + early.substring(0, 1).toLowerCase(locale) + early.substring(1);
    }

    /** «Посещаемость 5А 07.12.2026–11.12.2026.xlsx». */
    public String fileName(String className, AttendancePeriod period, String extension) {
        return text("attendance.file.name") + " " + className + " " + period.text() + "." + extension;
    }
}
