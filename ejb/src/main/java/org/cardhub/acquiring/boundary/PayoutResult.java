package org.cardhub.acquiring.boundary;

import org.cardhub.acquiring.entity.Payout;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.acquiring.entity.PayoutTexts;
import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * Where a payout to a bank card stands: its status, Cardhub's id of it, the amount, the card by its mask (never the
 * number) and a sentence for the wallet's holder, in Russian (why it failed, if it did).
 */
public record PayoutResult(PayoutStatus status, String payoutId, Amount amount, String cardMasked, String message)
        implements Serializable {

    static PayoutResult of(Payout payout) {
        return new PayoutResult(payout.status(), payout.publicId(), payout.amount(), payout.cardMasked(), PayoutTexts.of(payout));
    }
}
