package org.cardhub.schooloffice.control;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * A school's time zone written into a statement for {@code AT TIME ZONE}: a region's name as a string; a fixed offset
 * as an interval, since PostgreSQL reads a string like {@code '+03:00'} the POSIX way round (three hours west). Zone
 * ids are letters, digits and {@code / _ + - :}; nothing else is ever written into the statement.
 */
final class SqlZone {

    private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9/_+:-]+");

    private SqlZone() {
    }

    static String of(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal instanceof ZoneOffset offset) {
            int minutes = offset.getTotalSeconds() / 60;
            return String.format("INTERVAL '%s%02d:%02d' HOUR TO MINUTE", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                    Math.abs(minutes) % 60);
        }
        if (!ZONE_ID.matcher(normal.getId()).matches()) {
            throw new IllegalArgumentException("Not a zone id to write into SQL: " + normal.getId());
        }
        return "'" + normal.getId() + "'";
    }
}
