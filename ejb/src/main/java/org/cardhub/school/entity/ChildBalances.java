package org.cardhub.school.entity;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * A child's card as the move page offers it: who, which card at which school, and what each purse has available.
 *
 * @param general what the general balance has available; zero when the card has no such purse
 */
public record ChildBalances(long cardId, String name, String cardMasked, String school, CardStatus status,
                            Amount general, Amount canteen) implements Serializable {

    public Amount available(AccountPurpose purpose) {
        return purpose == AccountPurpose.CANTEEN ? canteen : general;
    }
}
