package org.cardhub.payments.control;

import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;

import java.security.SecureRandom;

/** The outcomes the money operations build: an approval with its authorisation code, a refusal for funds. */
final class Outcomes {

    private static final SecureRandom AUTH_CODES = new SecureRandom();

    private Outcomes() {
    }

    static Outcome approved(Long entryId, Long holdId, Amount amount, Amount volume, Account account) {
        return new Outcome(Outcome.Status.APPROVED, Outcome.OK, null, entryId, holdId, authCode(),
                amount.currency() == Currency.RUB ? amount.toPlainString() : null,
                amount.currency() == Currency.LITRE ? amount.toPlainString() : volume.toPlainString(),
                account.available().toPlainString());
    }

    static Outcome insufficient(Account account, Amount wanted) {
        return Outcome.declined(DeclineCode.INSUFFICIENT_FUNDS.name(), "Available " + account.available().toPlainString()
                + " " + account.currency() + ", asked " + wanted.toPlainString());
    }

    static String authCode() {
        return String.format("%06d", AUTH_CODES.nextInt(1_000_000));
    }
}
