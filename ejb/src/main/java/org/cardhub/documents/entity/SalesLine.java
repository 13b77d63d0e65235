package org.cardhub.documents.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of an invoice or UPD: a product sold in the month, its quantity (litres, or pieces for what is not sold by
 * volume), its gross amount as the ledger posted it, and the VAT in it at the month's rate.
 *
 * @param count sales less reversals, the quantity of what is not sold by volume
 */
public record SalesLine(String productCode, long millilitres, long count, Amount gross, Vat vat) {

    public String name() {
        return Products.name(productCode);
    }

    public boolean byVolume() {
        return millilitres != 0;
    }

    public String unitCode() {
        return byVolume() ? Products.LITRE_CODE : Products.PIECE_CODE;
    }

    public String unit() {
        return byVolume() ? Products.LITRE : Products.PIECE;
    }

    /** The quantity in thousandths of the unit: millilitres, or pieces × 1000. */
    public long quantityMilli() {
        return byVolume() ? millilitres : count * 1000;
    }

    public Amount tax() {
        return vat.includedIn(gross);
    }

    public Amount net() {
        return gross.minus(tax());
    }

    /** The price of a unit without VAT, to the kopeck: the line's net amount over its quantity. */
    public Amount unitPriceNet() {
        long quantity = quantityMilli();
        if (quantity == 0) {
            return Amount.zero(Currency.RUB);
        }
        long kopecks = BigDecimal.valueOf(net().minorUnits()).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(quantity), 0, RoundingMode.HALF_UP).longValueExact();
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
