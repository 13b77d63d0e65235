package org.cardhub.wallets.entity;

import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** One of a wallet's cards as its holder's page lists it; the full number only once, when a virtual card is made. */
public record WalletCard(long id, String panMasked, CardForm form, CardStatus status, LocalDate expiresOn,
                         String fullNumber) implements Serializable {

    public static WalletCard of(Card card) {
        return new WalletCard(card.id(), card.panMasked(), card.form(), card.status(), card.expiresOn(), null);
    }

    public WalletCard withFullNumber(String digits) {
        return new WalletCard(id, panMasked, form, status, expiresOn, digits);
    }
}
