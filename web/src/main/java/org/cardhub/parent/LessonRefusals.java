package org.cardhub.parent;

import org.cardhub.acquiring.entity.InvalidTopUpException;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.lessons.entity.InvalidSubscriptionException;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.money.Amount;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;

import java.util.Locale;

/**
 * A refused lesson payment said in words on the lessons page: the balance as it is and the most that may be paid are
 * given to every text, which names them where it helps ("на балансе 300,00 ₽", "не больше 5 000,00 ₽").
 */
final class LessonRefusals {

    private LessonRefusals() {
    }

    /** Tells the refusal at {@code clientId} (its field, or the form when null). */
    static void tell(String clientId, Refusal refusal, Amount balance, Amount most, Locale locale) {
        String balanceShown = Formats.amount(balance, locale);
        String mostShown = Formats.amount(most, locale);
        if (refusal instanceof LessonRefusal lesson) {
            PageMessages.refuse(clientId, "lessons.refusal." + lesson.code().name(), balanceShown, mostShown);
        } else if (refusal instanceof InvalidSubscriptionException rule) {
            PageMessages.refuse(clientId, "lessons.subscriptionRefusal." + rule.code().name(), balanceShown, mostShown);
        } else if (refusal instanceof InvalidAmountException typed) {
            PageMessages.refuse(clientId, "move.amount." + typed.code().name());
        } else if (refusal instanceof InvalidTopUpException byCard) {
            PageMessages.refuse(clientId, "topup.amount." + byCard.code().name(),
                    Formats.amount(ParentPages.boundOf(byCard.code()), locale));
        } else if (refusal instanceof AccessDeniedException) {
            PageMessages.refuse(null, "lessons.refusal.ACCESS");
        } else {
            PageMessages.refuse(clientId, "lessons.refused");
        }
    }
}
