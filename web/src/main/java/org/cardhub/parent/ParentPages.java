package org.cardhub.parent;

import org.cardhub.acquiring.boundary.PaymentView;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.FeeTerms;
import org.cardhub.acquiring.entity.InvalidTopUpException;
import org.cardhub.acquiring.entity.TopUpAmount;
import org.cardhub.acquiring.entity.PaymentKind;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.money.Amount;

import java.util.Locale;

/** What the parent's top-up pages share: the card named in the address, and a payment's outcome in a sentence. */
final class ParentPages {

    private ParentPages() {
    }

    /** The id in {@code ?card=} or {@code ?payment=}-like parameters; null for anything that is not a plain number. */
    static Long idOf(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(parameter.strip());
    }

    /** "Зачислено 1 000,00 ₽ на общий баланс", "Платёж отклонён: недостаточно средств на карте", "Ждём подтверждения банка…". */
    static String outcome(PaymentView payment, Locale locale) {
        return switch (payment.status()) {
            case SUCCEEDED -> PageMessages.text("topup.result.SUCCEEDED." + payment.purse().name(),
                    Formats.amount(payment.amount(), locale));
            case PENDING -> PageMessages.text("topup.result.PENDING");
            case CANCELED -> payment.kind() == PaymentKind.PAYER && payment.reason() == CancellationReason.EXPIRED_ON_CONFIRMATION
                    ? PageMessages.text("topup.result.refusedByPayer")
                    : PageMessages.text("topup.result.CANCELED", reasonOf(payment, locale));
            case FAILED -> PageMessages.text("topup.result.FAILED", reasonOf(payment, locale));
        };
    }

    /** "Без комиссии", "Комиссия 1,5 %, не менее 5,00 ₽" or "Комиссия 1,5 %". */
    static String feeTerms(FeeTerms fee, Locale locale) {
        if (fee.isNone()) {
            return PageMessages.text("topup.fee.none");
        }
        String rate = Formats.percent(fee.rateBasisPoints(), locale);
        return fee.minimum().isPositive()
                ? PageMessages.text("topup.fee.rateWithMinimum", rate, Formats.amount(fee.minimum(), locale))
                : PageMessages.text("topup.fee.rate", rate);
    }

    /** The limit a refused amount broke, for its message: the largest for "too large", else the smallest. */
    static Amount boundOf(InvalidTopUpException.Code code) {
        return code == InvalidTopUpException.Code.AMOUNT_TOO_LARGE || code == InvalidTopUpException.Code.TARGET_TOO_LARGE
                ? TopUpAmount.MAXIMUM : TopUpAmount.MINIMUM;
    }

    private static String reasonOf(PaymentView payment, Locale locale) {
        return (payment.reason() == null ? CancellationReason.OTHER : payment.reason()).text(locale);
    }
}
