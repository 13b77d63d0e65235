package org.cardhub.payments.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A move of money or litres between a contract's own account and some of its cards, asked for in one request: onto
 * the cards, each its own amount, or back from them onto the contract's account, with the reason the manager gives.
 * Every card's part (a leg) goes through or none does.
 */
public record Distribution(long contractId, Direction direction, Currency currency, List<Leg> legs, String reason)
        implements Serializable {

    /** The most cards one request moves: a page of the card table at its largest. */
    public static final int MAX_CARDS = 500;
    public static final int MAX_REASON = 200;

    public enum Direction {
        /** From the contract's account onto the cards. */
        TO_CARDS,
        /** From the cards back onto the contract's account. */
        FROM_CARDS
    }

    /** One card's part of the move. */
    public record Leg(long cardId, Amount amount) implements Serializable {

        public Leg {
            Objects.requireNonNull(amount, "amount");
        }
    }

    public Distribution {
        Objects.requireNonNull(direction, "direction");
        if (currency != Currency.RUB && currency != Currency.LITRE) {
            throw new InvalidAmountException(InvalidAmountException.Code.CURRENCY_MISMATCH,
                    "Only roubles or litres are moved between a contract and its cards, not " + currency);
        }
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw new InvalidOperationException(InvalidOperationException.Code.REASON_REQUIRED, "A move needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidOperationException(InvalidOperationException.Code.REASON_TOO_LONG,
                    "A reason has at most " + MAX_REASON + " characters");
        }
        if (legs == null || legs.isEmpty() || legs.stream().anyMatch(Objects::isNull)) {
            throw new InvalidOperationException(InvalidOperationException.Code.CARDS_REQUIRED, "A move needs at least one card");
        }
        if (legs.size() > MAX_CARDS) {
            throw new InvalidOperationException(InvalidOperationException.Code.TOO_MANY_CARDS,
                    "One move reaches at most " + MAX_CARDS + " cards, not " + legs.size());
        }
        legs = List.copyOf(legs);
        Set<Long> cards = new HashSet<>();
        for (Leg leg : legs) {
            if (!cards.add(leg.cardId())) {
                throw new InvalidOperationException(InvalidOperationException.Code.CARD_TWICE,
                        "Card " + leg.cardId() + " is named twice in one move");
            }
            if (leg.amount().currency() != currency) {
                throw new InvalidAmountException(InvalidAmountException.Code.CURRENCY_MISMATCH,
                        "This move is in " + currency + ", not " + leg.amount().currency());
            }
            if (!leg.amount().isPositive()) {
                throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE,
                        "Each card's amount must be greater than zero, was " + leg.amount());
            }
        }
    }

    /** The same amount for each of the cards. */
    public static Distribution ofEach(long contractId, Direction direction, Amount each, Collection<Long> cardIds,
                                      String reason) {
        Objects.requireNonNull(each, "amount");
        return new Distribution(contractId, direction, each.currency(),
                cardIds.stream().map(card -> new Leg(card, each)).toList(), reason);
    }

    public Amount total() {
        return legs.stream().map(Leg::amount).reduce(Amount.zero(currency), Amount::plus);
    }

    /** What the request asks for, to tell a repeated request from a request id reused for another one. */
    public String fingerprint() {
        return contractId + "|" + direction + "|" + currency + "|" + legs.stream()
                .sorted(Comparator.comparingLong(Leg::cardId))
                .map(leg -> leg.cardId() + ":" + leg.amount().minorUnits()).collect(Collectors.joining(","))
                + "|" + reason;
    }
}
