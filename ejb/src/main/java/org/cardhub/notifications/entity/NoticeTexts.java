package org.cardhub.notifications.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The Russian words of the notices this component writes itself (low balance, the SMS informer) and of the informer's
 * charges in the child's history: amounts as 1 500,00 ₽, months as «декабрь 2026».
 */
public final class NoticeTexts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The service code of the informer's charges (the journal entry's product code). */
    public static final String INFORMER_SERVICE = "SMS_INFORMER";

    private NoticeTexts() {
    }

    /** {@code 1 500,00 ₽}: groups of thousands apart, a decimal comma, the rouble sign after a no-break space. */
    public static String roubles(Amount amount) {
        long minor = Math.abs(amount.minorUnits());
        String whole = Long.toString(minor / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(whole.charAt(i));
        }
        return (amount.isNegative() ? "−" : "") + grouped + "," + String.format("%02d", minor % 100) + "\u00a0₽";
    }

    /** «декабрь 2026». */
    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN) + " " + month.getYear();
    }

    /** What the child's history says of a month's charge; a part of a month says how many of its days. */
    public static String informerCharge(YearMonth month, int days) {
        return "SMS-информирование, " + month(month) + (days < month.lengthOfMonth() ? " (" + days + " из "
                + month.lengthOfMonth() + " дн.)" : "");
    }

    /** «баланс столовой», «общий баланс»: a purse as the parent's pages name it. */
    public static String purse(AccountPurpose purpose) {
        return purpose == AccountPurpose.CANTEEN ? "баланс столовой" : "общий баланс";
    }

    public static String lowBalanceSubject(String child, AccountPurpose purpose, Amount available, Amount threshold) {
        return child + ": " + purse(purpose) + " " + roubles(available) + " — ниже порога " + roubles(threshold);
    }

    public static String lowBalanceBody(String child, AccountPurpose purpose, Amount available, Amount threshold,
                                        String cardMasked) {
        return "На карте " + cardMasked + " (" + child + ") " + purse(purpose) + ": " + roubles(available)
                + " — ниже порога " + roubles(threshold) + ", который вы задали. Пополнить счёт можно в личном кабинете. "
                + "Следующее такое письмо придёт, когда баланс снова опустится ниже порога после пополнения.";
    }

    public static String suspendedSubject(String child) {
        return "SMS-информирование приостановлено — " + child;
    }

    public static String suspendedBody(String child, YearMonth month, Amount asked, Amount available, boolean forFunds,
                                       String cardMasked) {
        String why = forFunds
                ? "на общем балансе карты " + cardMasked + " " + roubles(available) + ", а оплата за " + month(month)
                  + " — " + roubles(asked)
                : "карта " + cardMasked + " или договор школы сейчас не позволяют списать оплату за " + month(month);
        return "SMS-информирование о школьном дне (" + child + ") приостановлено: " + why + ". SMS не отправляются. "
                + "Пополните общий баланс и возобновите услугу в личном кабинете, раздел «Уведомления»: оплата спишется "
                + "при возобновлении.";
    }
}
