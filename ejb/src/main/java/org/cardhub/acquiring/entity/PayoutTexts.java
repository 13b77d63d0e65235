package org.cardhub.acquiring.entity;

import org.cardhub.money.Amount;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** What a wallet's holder is told of a payout, in Russian: amounts as 1 500,00 ₽, the card by its mask, never a code. */
public final class PayoutTexts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private PayoutTexts() {
    }

    public static String of(Payout payout) {
        String what = "Выплата " + roubles(payout.amount()) + " на карту " + payout.cardMasked();
        return switch (payout.status()) {
            case SUCCEEDED -> what + " проведена: деньги отправлены на карту.";
            case PENDING -> what + " в обработке: деньги списаны с кошелька и придут на карту, когда платёжный сервис её "
                    + "проведёт; если она не пройдёт, они вернутся на баланс.";
            case CANCELED -> what + " не прошла: " + payout.cancellationReason().russian()
                    + ". Деньги вернулись на баланс кошелька.";
        };
    }

    /** 1 500,00 ₽, as Russian readers write it. */
    static String roubles(Amount amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(RUSSIAN));
        return format.format(amount.toBigDecimal()) + "\u00a0₽";
    }
}
