package org.cardhub.director;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.money.Amount;
import org.cardhub.schooloffice.entity.ClassFigures;
import org.cardhub.schooloffice.entity.Dashboard;
import org.cardhub.schooloffice.entity.DayFigures;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A school's dashboard as the Chart.js configurations PrimeFaces' {@code p:chart} draws (PrimeFaces 15 keeps only this
 * component; the chart models went with version 15): attendance by school day (on time, late, absent, stacked), by class
 * over the period (the same, bars across), the canteen's revenue by day (lines) and its meals paid and free by day
 * (stacked). Responsive, their height the page's; numbers read in the page's language.
 */
public final class DashboardCharts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final String ON_TIME = "#2e7d32";
    private static final String LATE = "#f9a825";
    private static final String ABSENT = "#c62828";
    private static final String PAID = "#1f6feb";
    private static final String FREE = "#8250df";
    private static final String TOTAL = "#57606a";

    private final String attendance;
    private final String byClass;
    private final String revenue;
    private final String meals;

    /** {@code text} reads the cabinet's bundle in the page's language. */
    DashboardCharts(Dashboard dashboard, Locale locale, Function<String, String> text) {
        List<DayFigures> schoolDays = dashboard.days().stream().filter(DayFigures::schoolDay).toList();
        List<DayFigures> canteenDays = dashboard.days().stream().filter(day -> day.schoolDay() || day.meals() > 0).toList();
        this.attendance = stacked("bar", false, labels(schoolDays), locale, text.apply("director.chart.pupils"),
                counts(text.apply("director.onTime"), schoolDays, DayFigures::onTime, ON_TIME),
                counts(text.apply("director.late"), schoolDays, DayFigures::late, LATE),
                counts(text.apply("director.absent"), schoolDays, DayFigures::absent, ABSENT)).toString();
        List<ClassFigures> classes = dashboard.byClass();
        JsonArrayBuilder classNames = Json.createArrayBuilder();
        classes.forEach(schoolClass -> classNames.add(schoolClass.schoolClass().name()));
        this.byClass = stacked("bar", true, classNames, locale, text.apply("director.chart.pupilDays"),
                classCounts(text.apply("director.onTime"), classes, ClassFigures::onTime, ON_TIME),
                classCounts(text.apply("director.late"), classes, ClassFigures::late, LATE),
                classCounts(text.apply("director.absent"), classes, ClassFigures::absent, ABSENT)).toString();
        this.revenue = lines(labels(canteenDays), locale, text.apply("director.chart.roubles"),
                money(text.apply("director.revenue.total"), canteenDays, DayFigures::revenue, TOTAL),
                money(text.apply("director.revenue.paid"), canteenDays, DayFigures::paid, PAID),
                money(text.apply("director.revenue.free"), canteenDays, DayFigures::free, FREE)).toString();
        this.meals = stacked("bar", false, labels(canteenDays), locale, text.apply("director.chart.meals"),
                counts(text.apply("director.meals.paid"), canteenDays, DayFigures::paidMeals, PAID),
                counts(text.apply("director.meals.free"), canteenDays, DayFigures::freeMeals, FREE)).toString();
    }

    public String attendance() {
        return attendance;
    }

    public String byClass() {
        return byClass;
    }

    public String revenue() {
        return revenue;
    }

    public String meals() {
        return meals;
    }

    private static JsonArrayBuilder labels(List<DayFigures> days) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(day -> labels.add(DAY.format(day.date())));
        return labels;
    }

    private static JsonObjectBuilder counts(String label, List<DayFigures> days, ToLongFunction<DayFigures> value, String colour) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        days.forEach(day -> values.add(value.applyAsLong(day)));
        return dataset(label, values, colour);
    }

    private static JsonObjectBuilder classCounts(String label, List<ClassFigures> classes, ToLongFunction<ClassFigures> value,
                                                 String colour) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        classes.forEach(schoolClass -> values.add(value.applyAsLong(schoolClass)));
        return dataset(label, values, colour);
    }

    private static JsonObjectBuilder money(String label, List<DayFigures> days, Function<DayFigures, Amount> value, String colour) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        days.forEach(day -> values.add(value.apply(day).toBigDecimal()));
        return dataset(label, values, colour).add("tension", 0.2).add("fill", false);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("borderColor", colour)
                .add("backgroundColor", colour).add("borderWidth", 1);
    }

    private static JsonObject stacked(String type, boolean across, JsonArrayBuilder labels, Locale locale, String unit,
                                      JsonObjectBuilder... datasets) {
        JsonObjectBuilder categories = Json.createObjectBuilder().add("stacked", true);
        JsonObjectBuilder values = valueAxis(unit).add("stacked", true);
        JsonObjectBuilder options = options(locale)
                .add("scales", Json.createObjectBuilder().add(across ? "y" : "x", categories).add(across ? "x" : "y", values));
        if (across) {
            options.add("indexAxis", "y");
        }
        return config(type, labels, datasets, options);
    }

    private static JsonObject lines(JsonArrayBuilder labels, Locale locale, String unit, JsonObjectBuilder... datasets) {
        return config("line", labels, datasets, options(locale).add("scales", Json.createObjectBuilder().add("y", valueAxis(unit))));
    }

    private static JsonObjectBuilder valueAxis(String unit) {
        return Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", unit));
    }

    private static JsonObjectBuilder options(Locale locale) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("locale", locale.toLanguageTag())
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
    }

    private static JsonObject config(String type, JsonArrayBuilder labels, JsonObjectBuilder[] datasets, JsonObjectBuilder options) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            all.add(dataset);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", all))
                .add("options", options).build();
    }
}
