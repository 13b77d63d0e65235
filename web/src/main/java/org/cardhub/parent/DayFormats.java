package org.cardhub.parent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.money.Amount;
import org.cardhub.school.entity.DayEvent;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the school day reads in the page's language: times on the school's clock (08:05), dates (07.12.2026, пн),
 * money with its sign (+500,00 ₽, −70,00 ₽) and bonus points; an icon for each kind of event.
 */
@Named
@RequestScoped
public class DayFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM");
    private static final char MINUS = '\u2212';

    @Inject
    Language language;

    /** The time on the school's clock. */
    public String time(Instant at, ZoneId zone) {
        return at == null || zone == null ? "" : TIME.format(at.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** The day of the week, short: «пн», «Mon». */
    public String weekday(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale());
    }

    public String amount(Amount amount) {
        return Formats.amount(amount, locale());
    }

    /** Money given with a plus, money taken with a minus sign; nothing with neither. */
    public String signed(Amount amount) {
        return signed(amount, locale());
    }

    static String signed(Amount amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        String plain = Formats.amount(amount.isNegative() ? amount.negate() : amount, locale);
        return amount.isPositive() ? "+" + plain : amount.isNegative() ? MINUS + plain : plain;
    }

    /** Bonus points, with two decimals as they are kept. */
    public String points(Amount points) {
        return points == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale()))
                .format(points.toBigDecimal());
    }

    /** A PrimeIcons icon for the kind of event. */
    public String icon(DayEvent.Kind kind) {
        return switch (kind) {
            case ENTRY -> "pi pi-sign-in";
            case EXIT -> "pi pi-sign-out";
            case MEAL -> "pi pi-shopping-bag";
            case TRIP -> "pi pi-car";
            case PURCHASE -> "pi pi-shopping-cart";
            case TOP_UP, CREDIT -> "pi pi-wallet";
            case TRANSFER_IN -> "pi pi-arrow-down-left";
            case TRANSFER_OUT -> "pi pi-arrow-up-right";
            case PURSE_MOVE -> "pi pi-arrow-right-arrow-left";
            case CANCELLATION -> "pi pi-undo";
            case CHARGE -> "pi pi-minus-circle";
        };
    }

    private Locale locale() {
        return language == null ? Locale.forLanguageTag("ru") : language.getLocale();
    }
}
