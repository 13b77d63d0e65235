package org.cardhub.wallets.entity;

import org.cardhub.notifications.entity.NoticeTexts;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The SMS a wallet's holder gets when an auto-payment failed: «Автоплатёж 1 000,00 ₽ на карту 30000001: не выполнен —
 * недостаточно средств», then when it is tried again, or that it is paused.
 */
public final class AutoPaymentTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<String, String> REASONS = Map.of(
            "INSUFFICIENT_FUNDS", "недостаточно средств",
            "WALLET_CAP", "превышен лимит кошелька",
            "CONTRACT_INACTIVE", "договор не действует",
            "CARD_BLOCKED", "карта заблокирована",
            "CARD_EXPIRED", "срок действия карты истёк",
            "CARD_UNKNOWN", "получатель не найден",
            "LIMIT_EXCEEDED", "превышен лимит",
            AutoPayment.TARGET_GONE, "получатель не найден");

    private AutoPaymentTexts() {
    }

    /** After a failed run of {@code payment} (its failure already counted) with {@code outcome}. */
    public static String failure(AutoPayment payment, String outcome) {
        String text = "Cardhub: автоплатёж " + NoticeTexts.roubles(payment.amount()) + " " + target(payment.target())
                + ": не выполнен — " + REASONS.getOrDefault(outcome, "платёж отклонён") + ". ";
        return text + (payment.isActive()
                ? "Повторим " + DAY.format(payment.nextRun()) + "."
                : "Автоплатёж приостановлен после " + AutoPayment.FAILURES_TO_PAUSE
                + " неудач подряд; возобновите его в кабинете.");
    }

    static String target(Receiver target) {
        return switch (target.kind()) {
            case WALLET -> "на кошелёк " + target.reference();
            case SCHOOL_CARD -> "на карту " + target.reference();
            case LESSON_CARD -> "на карту занятий " + target.reference();
        };
    }
}
