package org.cardhub.corporate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.fleet.entity.MonthlySpending.ProductSpent;
import org.cardhub.fleet.entity.MonthlySpending.Spent;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * A contract's spending, this month against last, as the Chart.js configurations PrimeFaces' {@code p:chart} draws:
 * by day of the month (two lines, this month stopping at today) and by product (bars side by side), in roubles or in
 * litres. Numbers read in the page's language ({@code locale} of Chart.js); the figures come summed from the
 * database ({@link MonthlySpending}).
 */
public final class SpendingChart implements Serializable {

    private static final String THIS_MONTH_COLOUR = "#1f6feb";
    private static final String LAST_MONTH_COLOUR = "#8c959f";

    private final MonthlySpending spending;
    private final boolean litres;
    private final Locale locale;
    private final String byDay;
    private final String byProduct;

    /**
     * In litres when {@code litres}, else in roubles; {@code productName} names a product's code in the page's
     * language, {@code unit} is what the axis counts in.
     */
    SpendingChart(MonthlySpending spending, boolean litres, Locale locale, Function<String, String> productName, String unit) {
        this.spending = spending;
        this.litres = litres;
        this.locale = locale;
        this.byDay = dayConfig(unit).toString();
        this.byProduct = productConfig(productName, unit).toString();
    }

    public String byDay() {
        return byDay;
    }

    public String byProduct() {
        return byProduct;
    }

    /** The last day of "this month so far", as dd.MM.yyyy. */
    public String today() {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(spending.today());
    }

    /** "Декабрь 2026", "December 2026". */
    public String monthName(YearMonth month) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private JsonObject dayConfig(String unit) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        JsonArrayBuilder thisMonth = Json.createArrayBuilder();
        JsonArrayBuilder lastMonth = Json.createArrayBuilder();
        for (int day = 1; day <= spending.daysShown(); day++) {
            days.add(day);
            addDay(thisMonth, spending.thisMonth(), day);
            addDay(lastMonth, spending.lastMonth(), day);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(monthName(spending.thisMonth()), thisMonth, THIS_MONTH_COLOUR).add("tension", 0.2))
                .add(dataset(monthName(spending.lastMonth()), lastMonth, LAST_MONTH_COLOUR).add("tension", 0.2)
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        return config("line", days, datasets, unit);
    }

    /** A day after today, or past the month's end, has no point at all: the line stops there. */
    private void addDay(JsonArrayBuilder values, YearMonth month, int day) {
        if (day > month.lengthOfMonth() || month.atDay(day).isAfter(spending.today())) {
            values.addNull();
        } else {
            values.add(measured(spending.on(month.atDay(day))).toBigDecimal());
        }
    }

    private JsonObject productConfig(Function<String, String> productName, String unit) {
        JsonArrayBuilder products = Json.createArrayBuilder();
        JsonArrayBuilder thisMonth = Json.createArrayBuilder();
        JsonArrayBuilder lastMonth = Json.createArrayBuilder();
        for (ProductSpent product : spending.byProduct()) {
            products.add(productName.apply(product.product()));
            thisMonth.add(measured(product.thisMonth()).toBigDecimal());
            lastMonth.add(measured(product.lastMonth()).toBigDecimal());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(monthName(spending.thisMonth()), thisMonth, THIS_MONTH_COLOUR))
                .add(dataset(monthName(spending.lastMonth()), lastMonth, LAST_MONTH_COLOUR));
        return config("bar", products, datasets, unit);
    }

    private Amount measured(Spent spent) {
        return litres ? spent.litres() : spent.money();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values)
                .add("borderColor", colour).add("backgroundColor", colour).add("borderWidth", 2);
    }

    private JsonObject config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String unit) {
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", unit));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("locale", locale.toLanguageTag())
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("y", valueAxis));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build();
    }
}
