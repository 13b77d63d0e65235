package org.cardhub.partners.entity;

import org.cardhub.ledger.entity.Account;

/** One purse as a partner sees it: amounts are decimal strings in the purse's unit (roubles, litres). */
public record BalanceView(String purpose, String currency, String balance, String held, String available) {

    public static BalanceView of(Account account) {
        return new BalanceView(account.purpose().name(), account.currency().name(), account.balance().toPlainString(),
                account.held().toPlainString(), account.available().toPlainString());
    }
}
