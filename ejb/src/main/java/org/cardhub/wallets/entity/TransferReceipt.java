package org.cardhub.wallets.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;

/** What a transfer came to: sent (with its journal entry) or declined (the decline's code and the reason). */
public record TransferReceipt(boolean sent, Receiver receiver, Amount amount, Long entryId, String declineCode,
                              String declineMessage) implements Serializable {
}
