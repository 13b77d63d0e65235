package org.cardhub.sales;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.meals.entity.DaySales;
import org.cardhub.meals.entity.SalesReport;
import org.cardhub.school.entity.PupilCategory;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A period's revenue day by day, stacked by category of customer, as the Chart.js configuration PrimeFaces' {@code p:chart}
 * draws: a bar a day (dd.MM), its parts the paying pupils', the free meals' and the staff's, in roubles; numbers in the
 * page's language. The figures come summed from the database ({@link SalesReport#byDay()}).
 */
public final class SalesChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final Map<PupilCategory, String> COLOURS = Map.of(PupilCategory.PAID, "#1f6feb",
            PupilCategory.FREE_MEALS, "#2da44e", PupilCategory.STAFF, "#bf8700");

    private SalesChart() {
    }

    public static String of(SalesReport report, SalesTexts texts) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        report.byDay().forEach(day -> days.add(DAY.format(day.day())));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (PupilCategory category : PupilCategory.values()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (DaySales day : report.byDay()) {
                values.add(day.of(category).revenue().toBigDecimal());
            }
            datasets.add(Json.createObjectBuilder().add("label", texts.category(category)).add("data", values)
                    .add("backgroundColor", COLOURS.get(category)).add("borderColor", COLOURS.get(category))
                    .add("stack", "revenue"));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("locale", texts.locale().toLanguageTag())
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("x", stacked)
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "₽"))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", days).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
