package org.cardhub.director;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The dashboard's address and its export's: {@code ?school=ID&from=2026-12-01&to=2026-12-10&class=ID}, every part
 * optional (the caller's first school, this month, every class). What the address says is read leniently: a malformed
 * part is as if it were missing, and the boundary decides what the caller may see.
 */
public record DashboardLink(Long school, LocalDate from, LocalDate to, Long schoolClass) {

    public static final String PAGE = "/cabinet/director/index.xhtml";
    public static final String EXPORT = "/cabinet/director/export";

    /** The parts of a request's address, {@code parameter} reading one by name. */
    public static DashboardLink of(Function<String, String> parameter) {
        return new DashboardLink(id(parameter.apply("school")).orElse(null), date(parameter.apply("from")).orElse(null),
                date(parameter.apply("to")).orElse(null), id(parameter.apply("class")).orElse(null));
    }

    public DashboardLink withPeriod(LocalDate from, LocalDate to) {
        return new DashboardLink(school, from, to, schoolClass);
    }

    public DashboardLink withClass(Long schoolClass) {
        return new DashboardLink(school, from, to, schoolClass);
    }

    /** The page's address under {@code contextPath}. */
    public String page(String contextPath) {
        return contextPath + PAGE + query();
    }

    public String export(String contextPath) {
        return contextPath + EXPORT + query();
    }

    private String query() {
        StringJoiner parts = new StringJoiner("&", "?", "").setEmptyValue("");
        if (school != null) {
            parts.add("school=" + school);
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        if (schoolClass != null) {
            parts.add("class=" + schoolClass);
        }
        return parts.toString();
    }

    static Optional<Long> id(String text) {
        return text == null || !text.strip().matches("\\d{1,18}") ? Optional.empty() : Optional.of(Long.valueOf(text.strip()));
    }

    static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
