package org.cardhub.documents.entity;

import org.cardhub.fleet.entity.MonthMovement;

import java.time.ZoneId;

/**
 * A movement as a line of the transaction report, every cell already text: when (in the contract's time zone), the
 * card and its holder or vehicle, the station, the product, the litres, the price of a litre before the discount, the
 * discount, what the movement did to the contract's money (negative for money out) and what it was. The amount cells
 * of all rows add up to the month's postings.
 */
public record ReportRow(String when, String card, String holder, String station, String product, String litres,
                        String price, String discount, String amount, String operation) {

    public static ReportRow of(MonthMovement movement, ZoneId zone) {
        long litres = movement.isSale() ? movement.soldMillilitres() : 0;
        boolean priced = movement.isSale() && movement.volumeMilli() > 0;
        long discount = movement.isReversal() ? -movement.discountMinor() : movement.discountMinor();
        return new ReportRow(Dates.minute(movement.bookedAt(), zone), orEmpty(movement.panMasked()),
                orEmpty(movement.holder()), orEmpty(movement.station()), Products.shortName(movement.product()),
                litres == 0 ? "" : Figures.litres(litres), priced ? Figures.roubles(listPriceOf(movement)) : "",
                movement.discountMinor() == 0 ? "" : Figures.roubles(discount), Figures.roubles(movement.netMinor()),
                operation(movement));
    }

    /** Kopecks per litre before the discount: (paid + discount) / litres, to the kopeck, half up. */
    public static long listPriceOf(MonthMovement movement) {
        long beforeDiscount = movement.amountMinor() + movement.discountMinor();
        return (beforeDiscount * 2000 + movement.volumeMilli()) / (2 * movement.volumeMilli());
    }

    private static String operation(MonthMovement movement) {
        String what = switch (movement.effectKind()) {
            case PURCHASE, COMPLETION -> "покупка";
            case TOP_UP -> "пополнение";
            case AUTO_TOP_UP -> "автопополнение";
            case CORRECTION -> "корректировка";
            case TRANSFER -> "перевод";
            case REISSUE -> "перевыпуск карты";
            case REVERSAL -> "отмена";
            case BONUS_POINTS -> "бонусные баллы";
            case PAYOUT -> "выплата на банковскую карту";
        };
        return movement.isReversal() ? "Отмена: " + what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
