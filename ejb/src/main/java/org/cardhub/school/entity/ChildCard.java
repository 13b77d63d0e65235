package org.cardhub.school.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * A child's card as its page shows it to a parent: the card, its school and 8-digit school number, the two balances,
 * the card that replaced it or that it replaced, and its steps newest first.
 *
 * @param replacedBy the card that took its place (a reissue or a change of school), or null
 * @param replaces   the card it took the place of, or null
 */
public record ChildCard(long cardId, String name, String cardMasked, CardStatus status, BlockReason blockReason,
                        String school, String contractNumber, String schoolNumber, ZoneId zone, Amount general,
                        Amount canteen, Link replacedBy, Link replaces, List<CardStep> steps) implements Serializable {

    /** Another card of the same child, to link to. */
    public record Link(long cardId, String cardMasked) implements Serializable {
    }

    public ChildCard {
        steps = List.copyOf(steps);
    }

    /** Terminals accept it; it can be reported lost. */
    public boolean mayBeBlocked() {
        return status == CardStatus.ACTIVE;
    }

    /** Active or blocked: it can be replaced by a new card, at its school or at another. */
    public boolean mayBeReplaced() {
        return status == CardStatus.ACTIVE || status == CardStatus.BLOCKED;
    }

    /** Replaced or closed: its history is read, nothing is done with it any more. */
    public boolean isFormer() {
        return status == CardStatus.REISSUED || status == CardStatus.CLOSED;
    }
}
