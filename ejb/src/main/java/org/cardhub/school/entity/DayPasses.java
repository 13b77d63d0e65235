package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the turnstile saw of one pupil on one day of the school's clock: the first and the last pass in and the last
 * pass out (each null when there was none).
 */
public record DayPasses(Instant firstEntry, Instant lastEntry, Instant lastExit) implements Serializable {

    public static final DayPasses NONE = new DayPasses(null, null, null);

    public boolean any() {
        return firstEntry != null || lastExit != null;
    }
}
