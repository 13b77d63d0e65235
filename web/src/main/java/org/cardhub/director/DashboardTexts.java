package org.cardhub.director;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the director's pages and files write them: 07.12.2026. */
final class DashboardTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DashboardTexts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
