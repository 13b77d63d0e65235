package org.cardhub.school.entity;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A pupil's card as the cabinet's home shows it: whose it is and at which school, its state, the money on its purses,
 * what can still be spent today, and today's summary in the school's time zone.
 *
 * @param className     the pupil's class (the card's group at the school), or null when the school did not say
 * @param general       the general purse's available money; null when the card has none of its own
 * @param canteen       the canteen purse's; null when it has none
 * @param bonusPoints   bonus points, only where the card's programme keeps them; else null
 * @param spendable     what can still be spent today under the card's limits and balances
 * @param schoolToday   the school's date now
 */
public record PupilCard(long cardId, String holderName, String schoolName, String className, String cardMasked,
                        CardStatus status, ZoneId zone, Amount general, Amount canteen, Amount bonusPoints,
                        SpendableToday spendable, LocalDate schoolToday, DaySummary today) implements Serializable {

    public PupilCard {
        Objects.requireNonNull(status);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(schoolToday);
    }

    /** Whether terminals take it: it can pay and open the turnstile. */
    public boolean isActive() {
        return status == CardStatus.ACTIVE;
    }
}
