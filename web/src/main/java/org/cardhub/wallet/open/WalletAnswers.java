package org.cardhub.wallet.open;

import org.cardhub.callers.AccountRefusal;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeNotAccepted;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words of the public wallet pages for what the boundaries answer ({@code wopen.*}): a code sent and until when,
 * too soon for another, a number blocked; each refusal at the input it is about. Times are Moscow's, as the wallets
 * keep it.
 */
final class WalletAnswers {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    /** The wallet refusals a page says at an input in its own words ({@code wopen.refusal.CODE}); the rest in general. */
    private static final Map<WalletRefusal.Code, Field> WALLET_FIELDS = new EnumMap<>(Map.of(
            WalletRefusal.Code.FIRST_NAME_INVALID, Field.FIRST_NAME,
            WalletRefusal.Code.LAST_NAME_INVALID, Field.LAST_NAME,
            WalletRefusal.Code.PASSWORD_WEAK, Field.PASSWORD,
            WalletRefusal.Code.PHONE_TAKEN, Field.PHONE,
            WalletRefusal.Code.NO_WALLET, Field.PHONE,
            WalletRefusal.Code.WALLET_CLOSED, Field.PHONE));

    private WalletAnswers() {
    }

    static Map<WalletRefusal.Code, Field> walletFields() {
        return WALLET_FIELDS;
    }

    /** A code asked for: sent to {@code phoneShown}, or why not. */
    static Said sending(CodeSending sending, String phoneShown) {
        return switch (sending.status()) {
            case SENT -> Said.at(Field.FORM, "wopen.code.sent", phoneShown, time(sending.expiresAt()));
            case RESEND_TOO_SOON -> Said.at(Field.FORM, "wopen.code.tooSoon", Long.toString(sending.waitSeconds()));
            case BLOCKED -> Said.at(Field.PHONE, "wopen.code.blocked", time(sending.blockedUntil()));
        };
    }

    static Said refused(Refusal refusal) {
        if (refusal instanceof CodeNotAccepted notAccepted) {
            return code(notAccepted.check());
        }
        if (refusal instanceof WalletRefusal wallet) {
            if (wallet.code() == WalletRefusal.Code.PASSWORD_REJECTED) {
                return Said.at(Field.PASSWORD, "wopen.password.rejected");
            }
            Field field = WALLET_FIELDS.get(wallet.code());
            return field == null ? Said.at(Field.FORM, "wopen.refused") : Said.at(field, "wopen.refusal." + wallet.code().name());
        }
        if (refusal instanceof PhoneCodeRefusal typed) {
            return switch (typed.code()) {
                case PHONE_INVALID -> Said.at(Field.PHONE, "wopen.phone.invalid");
                case CODE_FORMAT -> Said.at(Field.CODE, "wopen.code.format");
                case PURPOSE_MISSING -> Said.at(Field.FORM, "wopen.refused");
            };
        }
        if (refusal instanceof AccountRefusal account) {
            return switch (account.code()) {
                case LOGIN_TAKEN -> Said.at(Field.FORM, "wopen.loginTaken");
                case PASSWORD_REJECTED -> Said.at(Field.PASSWORD, "wopen.password.rejected");
            };
        }
        return Said.at(Field.FORM, "wopen.refused");
    }

    /** The sign-in service did not answer after the code was accepted. */
    static Said unavailable() {
        return Said.at(Field.FORM, "wopen.unavailable");
    }

    static Said code(CodeCheck check) {
        return switch (check.result()) {
            case WRONG -> Said.at(Field.CODE, "wopen.code.wrong", Integer.toString(check.attemptsLeft()));
            case BLOCKED -> Said.at(Field.CODE, check.blockedNow() ? "wopen.code.wrongNowBlocked" : "wopen.code.blocked",
                    time(check.blockedUntil()));
            case EXPIRED -> Said.at(Field.CODE, "wopen.code.expired");
            case USED -> Said.at(Field.CODE, "wopen.code.used");
            case NOT_SENT -> Said.at(Field.CODE, "wopen.code.notSent");
            case ACCEPTED -> Said.at(Field.FORM, "wopen.refused");
        };
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
