package org.cardhub.onboarding.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which applications a list or a report is about: submitted from one day to another (both included, Moscow days,
 * the operator's), in one status; each part left out (null) leaves that side open.
 */
public record ApplicationFilter(LocalDate from, LocalDate to, ApplicationStatus status) implements Serializable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null);

    public ApplicationFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ApplicationRefusal(ApplicationRefusal.Code.FIELDS_INVALID, null, "The period ends before it starts");
        }
    }

    /** The first moment counted, or the beginning of time. */
    public Instant since() {
        return from == null ? Instant.EPOCH : from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment no longer counted, or the end of time. */
    public Instant until() {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
