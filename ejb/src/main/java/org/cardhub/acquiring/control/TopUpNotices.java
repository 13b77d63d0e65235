package org.cardhub.acquiring.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.PaymentKind;
import org.cardhub.cards.entity.Card;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.notifications.boundary.GuardianNotices;
import org.cardhub.notifications.entity.NotificationPreference.Topic;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * What the card's guardians are told of a bank-card payment, in Russian, inside the transaction that decided it: a
 * credit (top-up), an auto top-up that failed and is suspended, money taken that could not be credited. Each once per
 * payment, however often the decision is looked at again.
 */
@Dependent
public class TopUpNotices {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @EJB
    GuardianNotices notices;

    public void credited(CardPayment payment, Card card, Amount balance) {
        String subject = "Зачислено " + roubles(payment.amount()) + " — " + card.holderName();
        String body = (payment.kind() == PaymentKind.AUTO ? "Автопополнение: на " : "На ") + purse(payment.purse())
                + " карты " + card.panMasked() + " зачислено " + roubles(payment.amount()) + " (оплата банковской картой"
                + (payment.fee().isZero() ? "" : ", комиссия " + roubles(payment.fee())) + ")."
                + (balance == null ? "" : " Остаток: " + roubles(balance) + ".");
        notices.aboutCard(card.id(), "card-payment:" + payment.publicId() + ":credited", Topic.TOP_UP, subject, body);
    }

    public void autoTopUpFailed(CardPayment payment, Card card, String savedCardTitle, CancellationReason reason) {
        String subject = "Автопополнение не выполнено — " + card.holderName();
        String body = "Не удалось списать " + roubles(payment.charged()) + " с карты «" + savedCardTitle + "» для пополнения "
                + (payment.purse() == AccountPurpose.CANTEEN ? "счёта питания" : "общего баланса") + " карты " + card.panMasked() + ": " + reason.russian() + ". Автопополнение "
                + "приостановлено и само не повторится; возобновите его в кабинете родителя, когда карта будет готова.";
        notices.aboutCard(card.id(), "card-payment:" + payment.publicId() + ":failed", Topic.PAYMENT_FAILED, subject, body);
    }

    public void notCredited(CardPayment payment, Card card) {
        String subject = "Платёж не зачислен — " + card.holderName();
        String body = "Оплата " + roubles(payment.charged()) + " банковской картой получена, но зачислить её на карту "
                + card.panMasked() + " нельзя: " + CancellationReason.CREDIT_REFUSED.russian() + ".";
        notices.aboutCard(card.id(), "card-payment:" + payment.publicId() + ":not-credited", Topic.PAYMENT_FAILED, subject, body);
    }

    /** 1 500,00 ₽, as Russian readers write it. */
    static String roubles(Amount amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(RUSSIAN));
        return format.format(amount.toBigDecimal()) + "\u00a0₽";
    }

    private static String purse(AccountPurpose purse) {
        return purse == AccountPurpose.CANTEEN ? "баланс столовой" : "общий баланс";
    }
}
