package org.cardhub.payments.entity;

import org.cardhub.ledger.entity.SystemAccount;

/** Where top-up money comes from, and the system account that stands for it in the ledger. */
public enum TopUpChannel {
    CASH(SystemAccount.CASH_IN),
    PAYMENT_AGENT(SystemAccount.AGENT_SETTLEMENT),
    BANK_CARD(SystemAccount.BANK_CARD_ACQUIRING),
    FUEL_VOUCHER(SystemAccount.LITRES_ISSUED);

    private final SystemAccount source;

    TopUpChannel(SystemAccount source) {
        this.source = source;
    }

    public SystemAccount source() {
        return source;
    }
}
