package org.cardhub.sales;

import org.cardhub.cabinet.Formats;
import org.cardhub.meals.entity.ClassSales;
import org.cardhub.meals.entity.DishSales;
import org.cardhub.money.Amount;
import org.cardhub.school.entity.PupilCategory;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How the canteen's sales and settlements read in a language, the same on the pages and in their files: the cabinet's
 * message bundle, amounts as {@link Formats} writes them, days as dd.MM.yyyy, months by name («декабрь 2026»).
 */
public final class SalesTexts {

    private static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;

    public SalesTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 || !text.contains("{0") ? text : new MessageFormat(text, locale).format(arguments);
    }

    public String amount(Amount amount) {
        return Formats.amount(amount, locale);
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String moment(Instant at, ZoneId zone) {
        return at == null ? "" : MOMENT.format(at.atZone(zone));
    }

    /** «декабрь 2026», "December 2026". */
    public String month(YearMonth month) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        return "ru".equals(locale.getLanguage()) ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public String category(PupilCategory category) {
        return text("sales.category." + category.name());
    }

    public String dish(DishSales dish) {
        return dish.isItemised() ? dish.name() : text("sales.unitemised");
    }

    public String schoolClass(ClassSales sales) {
        return sales.hasClass() ? sales.name() : text("sales.noClass");
    }

    /** A share of a whole as a percentage to one decimal, «42,5 %»; nothing of nothing is no share. */
    public String share(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return String.format(locale, "%.1f", part * 100.0 / whole) + "\u00a0%";
    }

    public String percent(int basisPoints) {
        return Formats.percent(basisPoints, locale);
    }
}
