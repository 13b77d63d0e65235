package org.cardhub.backoffice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The back office reads times in Moscow time, with the offset printed so nobody has to guess. */
final class MoscowTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss xxx")
            .withZone(ZoneId.of("Europe/Moscow"));

    private MoscowTime() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
