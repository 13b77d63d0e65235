package org.cardhub.payments.control;

import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.DiscountedPrice;
import org.cardhub.ledger.entity.Account;
import org.cardhub.payments.entity.Spend;

/** The words a spend leaves behind: its journal description, its audit detail, the guardians' notification. */
final class OperationTexts {

    private OperationTexts() {
    }

    /** The journal description of a purchase. */
    static String describe(Spend spend) {
        return "Purchase" + (spend.productCode() == null ? "" : " of " + spend.productCode())
                + (spend.station() == null ? "" : " at " + spend.station());
    }

    /**
     * The audit detail of a purchase or authorisation: amount paid (with the price and discount when there was one),
     * volume when there is one, category.
     */
    static String spendDetail(Spend spend, DiscountedPrice priced) {
        return priced.amount().toPlainString() + " RUB"
                + (priced.isDiscounted() ? " (price " + priced.price().toPlainString() + ", discount "
                + priced.discount().toPlainString() + " at " + priced.basisPoints() + " bp)" : "")
                + (spend.volume().isZero() ? "" : ", " + spend.volume().toPlainString() + " L")
                + (spend.category() == null ? "" : " " + spend.category());
    }

    /** The subject of a purchase notification to a pupil's guardians. */
    static String guardianSubject(Card card, Spend spend) {
        return "Покупка " + spend.amount().toPlainString() + " ₽ — " + card.holderName();
    }

    /** Parents hear about each purchase dish by dish, with the balance left. */
    static String guardianBody(Card card, Spend spend, Account debit) {
        StringBuilder body = new StringBuilder();
        for (Spend.Item item : spend.items()) {
            body.append(item.name()).append(" × ").append(item.quantity()).append(" — ")
                    .append(item.price().toPlainString()).append(" ₽\n");
        }
        body.append("Итого: ").append(spend.amount().toPlainString()).append(" ₽. Остаток: ")
                .append(debit.available().toPlainString()).append(" ₽. Карта ").append(card.panMasked()).append('.');
        return body.toString();
    }
}
