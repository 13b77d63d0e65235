package org.cardhub.payments.control;

import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.InvalidOperationException;

/** What a request must satisfy before anything is looked up or written; breaking it is an exception with a code. */
final class RequestChecks {

    private RequestChecks() {
    }

    static void requirePositive(Amount amount) {
        if (amount == null || !amount.isPositive()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "The amount must be positive");
        }
    }

    static void requireNonNegative(Amount amount, Currency currency) {
        if (amount == null || amount.currency() != currency || amount.isNegative()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE,
                    "The final amount must be zero or more " + currency);
        }
    }

    static void requireCurrency(Account account, Amount amount) {
        if (account.currency() != amount.currency()) {
            throw new InvalidOperationException(InvalidOperationException.Code.CURRENCY_MISMATCH,
                    "This purse is in " + account.currency() + ", not " + amount.currency());
        }
    }
}
