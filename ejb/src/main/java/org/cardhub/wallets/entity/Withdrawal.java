package org.cardhub.wallets.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.Locale;
import java.util.UUID;

/**
 * Money a holder sends from their wallet to their own bank card (issue 25): how much, and the request key the page
 * made once for its form. The payout's idempotence key is made of the wallet's contract and that key, so the same form
 * sent twice (a double click, a retry) names the same payout, and one holder's key never names another's payout.
 */
public record Withdrawal(long contractId, Amount amount, UUID requestKey) {

    /** What the acquirer and the payout's row say it is. */
    public static final String DESCRIPTION = "Перевод с кошелька на свою карту";
    private static final String KEY_PREFIX = "withdrawal:";

    public Withdrawal {
        if (amount == null || amount.currency() != Currency.RUB || !amount.isPositive()) {
            throw new WalletRefusal(WalletRefusal.Code.AMOUNT_INVALID, "A withdrawal is of more than zero roubles, not " + amount);
        }
        if (requestKey == null) {
            throw requestInvalid();
        }
    }

    /** The request as the page sends it: its key a UUID in its usual form (36 characters, as the page made it). */
    public static Withdrawal of(long contractId, Amount amount, String requestKey) {
        return new Withdrawal(contractId, amount, parse(requestKey));
    }

    /**
     * The payout's idempotence key: {@code withdrawal:}, the contract's id and the request key's 32 hex digits — at most
     * 63 characters, within the 64 a payout's key may have.
     */
    public String idempotenceKey() {
        return KEY_PREFIX + contractId + ":" + requestKey.toString().replace("-", "");
    }

    private static UUID parse(String requestKey) {
        if (requestKey == null) {
            throw requestInvalid();
        }
        String typed = requestKey.strip().toLowerCase(Locale.ROOT);
        try {
            UUID key = UUID.fromString(typed);
            if (key.toString().equals(typed)) {
                return key;
            }
        } catch (IllegalArgumentException notAUuid) {
            // said below
        }
        throw requestInvalid();
    }

    private static WalletRefusal requestInvalid() {
        return new WalletRefusal(WalletRefusal.Code.REQUEST_INVALID, "A withdrawal's request key is a UUID the page made");
    }
}
