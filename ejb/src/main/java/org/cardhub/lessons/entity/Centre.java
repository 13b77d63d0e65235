package org.cardhub.lessons.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/** A centre as its staff and parents see it: its contract, name and calendar. */
public record Centre(long contractId, String number, String name, ZoneId zone) implements Serializable {

    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
