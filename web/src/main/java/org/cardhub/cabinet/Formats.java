package org.cardhub.cabinet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Amounts as people read them in the page's language: 1 500,00 ₽ and 12,500 л in Russian, 1,500.00 ₽ and
 * 12.500 L in English.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    Language language;

    public String amount(Amount amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(amount.currency() == Currency.LITRE ? "#,##0.000" : "#,##0.00",
                DecimalFormatSymbols.getInstance(language.getLocale()));
        String unit = amount.currency() == Currency.LITRE ? (language.isRussian() ? "л" : "L") : "₽";
        return format.format(amount.toBigDecimal()) + "\u00a0" + unit;
    }
}
