package org.cardhub.payments.control;

import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;

import java.security.SecureRandom;

/** The outcomes the money operations build: an approval with its authorisation code, a refusal for funds. */
final class Outcomes {

    private static final SecureRandom AUTH_CODES = new SecureRandom();

    private Outcomes() {
    }

    static Outcome approved(Long entryId, Long holdId, Amount amount, Amount volume, Account account) {
        return Outcome.approved(entryId, holdId, authCode(), amount, volume, account.available());
    }

    static Outcome insufficient(Account account, Amount wanted) {
        return Outcome.declined(DeclineCode.INSUFFICIENT_FUNDS, "Available " + account.available().toPlainString()
                + " " + account.currency() + ", asked " + wanted.toPlainString());
    }

    static String authCode() {
        return String.format("%06d", AUTH_CODES.nextInt(1_000_000));
    }
}
