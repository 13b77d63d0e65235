package org.cardhub.wallets.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * What a withdrawal to a bank card came to: paid, or on its way (the money has left the wallet and the acquirer has not
 * yet confirmed it; it comes back if the bank then declines). The card only by its mask; {@code payoutId} is Cardhub's
 * id of the payout. A declined one is a {@link WalletRefusal} ({@code PAYOUT_FAILED}), not a receipt.
 */
public record WithdrawalReceipt(boolean paid, Amount amount, String cardMasked, String payoutId) implements Serializable {

    public boolean onItsWay() {
        return !paid;
    }
}
