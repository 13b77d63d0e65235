package org.cardhub.cabinet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts as people read them in the page's language: 1 500,00 ₽ and 12,500 л in Russian, 1,500.00 ₽ and
 * 12.500 L in English; moments as 06.12.2026 14:05 in the zone they are read in (a contract's).
 */
@Named
@RequestScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    Language language;

    public String amount(Amount amount) {
        return amount(amount, language.getLocale());
    }

    /** The same outside a page (an exported file), in the given language. */
    public static String amount(Amount amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(amount.currency() == Currency.LITRE ? "#,##0.000" : "#,##0.00",
                DecimalFormatSymbols.getInstance(locale));
        String unit = amount.currency() == Currency.LITRE ? ("ru".equals(locale.getLanguage()) ? "л" : "L") : "₽";
        return format.format(amount.toBigDecimal()) + "\u00a0" + unit;
    }

    /** A rate in basis points as a percentage: 300 as "3 %", 150 as "1,5 %" in Russian, "1.5 %" in English. */
    public static String percent(int basisPoints, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(BigDecimal.valueOf(basisPoints, 2)) + "\u00a0%";
    }

    /**
     * An operation amount as people type it — {@code 1 500,50}, {@code 1500.5}, {@code 12,345} litres: blanks and a
     * decimal comma allowed; refused like {@link Amount#positive} (a format, too many decimals, zero or less).
     */
    public static Amount typed(String text, Currency currency) {
        String plain = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        return Amount.positive(plain, currency);
    }

    /** A moment as the clock on the wall of {@code zone} showed it, to the minute. */
    public String dateTime(Instant at, ZoneId zone) {
        return at == null || zone == null ? "" : DATE_TIME.format(at.atZone(zone));
    }
}
