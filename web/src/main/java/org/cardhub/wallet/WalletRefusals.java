package org.cardhub.wallet;

import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.money.Amount;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeNotAccepted;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/**
 * A refusal of the wallet's boundaries, or a declined transfer, said in words ({@code wallet.error.CODE}, a bank card's
 * number that cannot be one as {@code wallet.error.PAYOUT_CARD_INVALID},
 * {@code wallet.code.RESULT}, {@code wallet.amount.CODE}, {@code wallet.decline.CODE}) at the input it is about: the
 * page names its inputs by refusal code, the typed code's input as {@link #CODE_INPUT}; the rest go to the top of the
 * form. A refused request marks validation failed, so a dialog stays open.
 */
final class WalletRefusals {

    /** The key under which a page names its input of the code sent to the phone. */
    static final String CODE_INPUT = "code";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static final Set<String> DECLINES_IN_WORDS = Set.of("INSUFFICIENT_FUNDS", "WALLET_CAP", "CONTRACT_INACTIVE",
            "CARD_BLOCKED", "CARD_EXPIRED", "CARD_UNKNOWN", "LIMIT_EXCEEDED", "DUPLICATE_CONFLICT");

    private static final Set<InvalidCardOperationException.Code> CARD_ERRORS_IN_WORDS = Set.of(
            InvalidCardOperationException.Code.STATUS_TRANSITION, InvalidCardOperationException.Code.PERMANENT_BLOCK,
            InvalidCardOperationException.Code.MONEY_RESERVED);

    private WalletRefusals() {
    }

    /** Says the refusal at its input ({@code inputs} by refusal code or {@link #CODE_INPUT}); {@code zone} for times. */
    static void show(Refusal refused, Map<Object, String> inputs, ZoneId zone) {
        if (refused instanceof CodeNotAccepted notAccepted) {
            CodeCheck check = notAccepted.check();
            String key = codeKey(check);
            PageMessages.refuse(inputs.get(CODE_INPUT), key, key.equals("wallet.code.BLOCKED") ? until(check, zone) : check.attemptsLeft());
        } else if (refused instanceof PhoneCodeRefusal phone) {
            PageMessages.refuse(inputs.get(CODE_INPUT), "wallet.phoneCode." + phone.code().name());
        } else if (refused instanceof InvalidAmountException amount) {
            PageMessages.refuse(inputs.get(amount.code()), "wallet.amount." + amount.code().name());
        } else if (refused instanceof WalletRefusal wallet) {
            PageMessages.refuse(inputs.get(wallet.code()), "wallet.error." + wallet.code().name());
        } else if (refused instanceof PayoutRefusal payout && payout.code() == PayoutRefusal.Code.CARD_NUMBER_INVALID) {
            PageMessages.refuse(inputs.get(payout.code()), "wallet.error.PAYOUT_CARD_INVALID");
        } else if (refused instanceof InvalidCardOperationException card) {
            PageMessages.refuse(null, CARD_ERRORS_IN_WORDS.contains(card.code())
                    ? "wallet.cardError." + card.code().name() : "wallet.cardError");
        } else {
            PageMessages.refuse(null, "wallet.refused");
        }
    }

    private static String until(CodeCheck check, ZoneId zone) {
        return check.blockedUntil() == null || zone == null ? "" : TIME.format(check.blockedUntil().atZone(zone));
    }

    /** The message key of a typed code that was not accepted. */
    static String codeKey(CodeCheck check) {
        boolean blocked = check.result() == CodeCheck.Result.BLOCKED
                || check.result() == CodeCheck.Result.WRONG && check.attemptsLeft() <= 0;
        if (blocked) {
            return check.blockedUntil() == null ? "wallet.code.BLOCKED.hour" : "wallet.code.BLOCKED";
        }
        return "wallet.code." + check.result().name();
    }

    /**
     * The message key of a declined transfer: the decline's code in words; a wallet's cap either the receiver's balance
     * cap or, when this transfer would take the sender past it, the sender's own monthly turnover.
     */
    static String declineKey(String code, boolean pastOwnTurnover) {
        if ("WALLET_CAP".equals(code) && pastOwnTurnover) {
            return "wallet.decline.WALLET_CAP.turnover";
        }
        return code != null && DECLINES_IN_WORDS.contains(code) ? "wallet.decline." + code : "wallet.decline.other";
    }

    /** Whether sending {@code amount} takes the month's turnover past its cap. */
    static boolean pastTurnover(Amount turnoverThisMonth, Amount amount, Amount maxTurnover) {
        return turnoverThisMonth != null && amount != null && maxTurnover != null
                && turnoverThisMonth.plus(amount).isGreaterThan(maxTurnover);
    }
}
