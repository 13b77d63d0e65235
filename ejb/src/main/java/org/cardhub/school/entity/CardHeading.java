package org.cardhub.school.entity;

import org.cardhub.cards.entity.CardStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Whose card it is, at which school, in what state, and the school's time zone and date now: what a day page says
 * above the day, and all the home page says of a card replaced (a reissue, a change of school) or closed.
 */
public record CardHeading(long cardId, String holderName, String schoolName, String cardMasked, CardStatus status,
                          ZoneId zone, LocalDate schoolToday) implements Serializable {

    public CardHeading {
        Objects.requireNonNull(status);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(schoolToday);
    }

    /** Replaced or closed: its history is still there to read, nothing more happens on it. */
    public boolean isFormer() {
        return status == CardStatus.REISSUED || status == CardStatus.CLOSED;
    }
}
