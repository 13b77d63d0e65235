package org.cardhub.documents.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A VAT rate in whole percent. Fuel is sold at prices that include VAT, so the tax is taken out of the gross amount:
 * {@code gross × rate / (100 + rate)}, rounded to the kopeck (half up), e.g. 22/122 of it at 22 %.
 */
public record Vat(int percent) {

    public Vat {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A VAT rate of " + percent + " %");
        }
    }

    /** The VAT included in a gross amount in roubles (negative for a negative amount, as a reversal's). */
    public Amount includedIn(Amount gross) {
        if (gross.currency() != Currency.RUB) {
            throw new IllegalArgumentException("VAT of " + gross);
        }
        long tax = BigDecimal.valueOf(gross.minorUnits()).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100L + percent), 0, RoundingMode.HALF_UP).longValueExact();
        return Amount.ofMinorUnits(tax, Currency.RUB);
    }

    /** The gross amount without its VAT. */
    public Amount netOf(Amount gross) {
        return gross.minus(includedIn(gross));
    }

    /** As invoices write it: {@code 22%}. */
    public String label() {
        return percent + "%";
    }
}
