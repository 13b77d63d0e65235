package org.cardhub.wallets.entity;

import java.io.Serializable;

/**
 * A wallet just opened, as its page shows it once: the contract, the login (the phone's digits), and the free virtual
 * card's full number, which is shown only now.
 */
public record OpenedWallet(String contractNumber, String login, String cardNumber, String cardMasked) implements Serializable {
}
