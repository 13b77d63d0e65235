package org.cardhub.api;

import org.cardhub.api.problem.ApiProblem;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Query parameters arrive as text and are read here, so that {@code limit=abc} is a 400 naming the
 * parameter; JAX-RS itself would answer a query parameter it cannot convert with 404.
 */
final class QueryParameters {

    static final String DEFAULT_LIMIT = "50";
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private QueryParameters() {
    }

    static int integer(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("PARAMETER_INVALID", "'" + name + "' is a whole number");
        }
    }

    /** A count or version that cannot be negative, such as the stop list's {@code since}. */
    static long nonNegativeLong(String name, String text) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like a negative number
        }
        throw ApiProblem.badRequest("PARAMETER_INVALID", "'" + name + "' is a whole number, 0 or more");
    }

    /**
     * An ISO-8601 instant such as 2025-09-01T00:00:00Z, or null when the parameter is absent. Years beyond
     * 0001–9999 are refused here: the database cannot compare with them.
     */
    static Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            Instant instant = Instant.parse(text);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw ApiProblem.badRequest("PARAMETER_INVALID", "'" + name + "' lies in the years 0001 to 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("PARAMETER_INVALID",
                    "'" + name + "' is an ISO-8601 instant such as 2025-09-01T00:00:00Z");
        }
    }
}
