package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * A card of a contract whose cards hold their own money, with what its purses have available in roubles and litres
 * (null for a purse the card does not have).
 */
public record CardBalance(CardRow card, Amount money, Amount litres) implements Serializable {

    public long id() {
        return card.id();
    }
}
