package org.cardhub.acquiring.boundary;

import org.cardhub.acquiring.entity.AutoTopUpStatus;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.FeeTerms;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A pupil's card as its auto top-up page shows it: the caller's saved bank cards, and the rule of each purse (general,
 * canteen), if it has one; moments are read in the school's {@code zone}.
 */
public record AutoTopUpOverview(long cardId, String holderName, String panMasked, FeeTerms fee, ZoneId zone,
                                List<SavedCard> savedCards, List<Rule> rules) implements Serializable {

    /** A bank card the caller saved, by the acquirer's title. */
    public record SavedCard(long id, String title, Instant savedAt) implements Serializable {
    }

    /**
     * A purse's rule. {@code ownedByCaller}: it charges the caller's saved card (another guardian's rule charges theirs);
     * {@code savedCardTitle} names the card it charges.
     */
    public record Rule(AccountPurpose purse, Amount threshold, Amount target, long savedCardId, String savedCardTitle,
                       boolean ownedByCaller, AutoTopUpStatus status, CancellationReason suspendedReason,
                       Instant suspendedAt) implements Serializable {
    }

    public Optional<Rule> ruleOf(AccountPurpose purse) {
        return rules.stream().filter(rule -> rule.purse() == purse).findFirst();
    }
}
