package org.cardhub.documents.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as the documents print them: {@code 31.01.2026}, {@code 31.01.2026 14:05}. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /**
     * A moment on the clock of the zone, to the minute. Built by hand: the transaction report prints one per row, and
     * a formatter costs more than the rest of the row.
     */
    public static String minute(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        char[] out = new char[16];
        two(out, 0, local.getDayOfMonth());
        out[2] = '.';
        two(out, 3, local.getMonthValue());
        out[5] = '.';
        int year = local.getYear();
        two(out, 6, year / 100);
        two(out, 8, year % 100);
        out[10] = ' ';
        two(out, 11, local.getHour());
        out[13] = ':';
        two(out, 14, local.getMinute());
        return new String(out);
    }

    private static void two(char[] out, int at, int value) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
    }
}
