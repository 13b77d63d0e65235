package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One card as its fleet manager sees it on the card's page: the card itself (as in the table), its contract and the
 * contract's time zone, its purses, limits, restrictions and history (newest first), and the card that replaced it.
 *
 * @param purses             the card's own accounts; none when it spends from the contract's account
 * @param spendsFromContract the contract keeps one account for all its cards (a pooled contract)
 * @param replacedBy         the new card of a reissue, or null
 */
public record CardDetail(CardRow card, long contractId, String contractNumber, ZoneId timeZone, boolean spendsFromContract,
                         List<Purse> purses, List<CardLimit> limits, CardRestrictions restrictions, List<CardEvent> history,
                         Successor replacedBy) implements Serializable {

    public CardDetail {
        purses = List.copyOf(purses);
        limits = List.copyOf(limits);
        history = List.copyOf(history);
    }

    /** What a purse of the card may still spend and what terminals hold on it for fill-ups not yet completed. */
    public record Purse(AccountPurpose purpose, Amount available, Amount held) implements Serializable {
    }

    /** The card a reissue put in this one's place. */
    public record Successor(long id, String panMasked) implements Serializable {
    }

    public long id() {
        return card.id();
    }

    public String panMasked() {
        return card.panMasked();
    }

    public String holder() {
        return card.holder();
    }

    public HolderKind holderKind() {
        return card.holderKind();
    }

    public CardStatus status() {
        return card.status();
    }

    public BlockReason blockReason() {
        return card.blockReason();
    }

    public LocalDate expiresOn() {
        return card.expiresOn();
    }

    public boolean mayBeBlocked() {
        return card.mayBeBlocked();
    }

    public boolean mayBeUnblocked() {
        return card.mayBeUnblocked();
    }

    /** An active or blocked card (for a while, lost or stolen) is replaced by a new number. */
    public boolean mayBeReissued() {
        return card.status().mayBecome(CardStatus.REISSUED);
    }

    /** Every card but a closed or replaced one may be closed. */
    public boolean mayBeClosed() {
        return card.status().mayBecome(CardStatus.CLOSED);
    }
}
