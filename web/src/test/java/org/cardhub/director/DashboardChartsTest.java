package org.cardhub.director;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's charts as Chart.js reads them: what is stacked, which days are shown, the figures in each. */
class DashboardChartsTest {

    private final DashboardCharts charts = new DashboardCharts(DashboardSample.dashboard(), Locale.forLanguageTag("ru"),
            key -> "«" + key + "»");

    @Test
    void attendanceShowsTheSchoolDaysOnlyStackedOnTimeLateAbsent() {
        JsonObject config = parse(charts.attendance());

        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(labels(config)).containsExactly("07.12", "08.12");
        assertThat(values(config, 0)).containsExactly("24", "18");
        assertThat(values(config, 1)).containsExactly("3", "1");
        assertThat(values(config, 2)).containsExactly("3", "11");
        assertThat(dataset(config, 2).getString("label")).isEqualTo("«director.absent»");
        JsonObject scales = config.getJsonObject("options").getJsonObject("scales");
        assertThat(scales.getJsonObject("x").getBoolean("stacked")).isTrue();
        assertThat(scales.getJsonObject("y").getBoolean("stacked")).isTrue();
        assertThat(config.getJsonObject("options").getBoolean("maintainAspectRatio")).as("the page sets the height").isFalse();
    }

    @Test
    void byClassRunsAcrossOneBarPerClass() {
        JsonObject config = parse(charts.byClass());

        assertThat(config.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(labels(config)).containsExactly("5А", "5Б");
        assertThat(values(config, 0)).containsExactly("33", "9");
        assertThat(values(config, 2)).containsExactly("3", "11");
    }

    @Test
    void revenueIsInRoublesAndMealsArePaidAndFreeStacked() {
        JsonObject revenue = parse(charts.revenue());
        JsonObject meals = parse(charts.meals());

        assertThat(revenue.getString("type")).isEqualTo("line");
        assertThat(labels(revenue)).containsExactly("07.12", "08.12");
        assertThat(dataset(revenue, 0).getJsonArray("data").getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("2120.00");
        assertThat(dataset(revenue, 2).getJsonArray("data").getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("210.00");
        assertThat(values(meals, 0)).containsExactly("25", "16");
        assertThat(values(meals, 1)).containsExactly("3", "0");
        assertThat(revenue.getJsonObject("options").getString("locale")).isEqualTo("ru");
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static java.util.List<String> labels(JsonObject config) {
        return config.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static JsonObject dataset(JsonObject config, int index) {
        return config.getJsonObject("data").getJsonArray("datasets").getJsonObject(index);
    }

    private static java.util.List<String> values(JsonObject config, int index) {
        JsonArray data = dataset(config, index).getJsonArray("data");
        return data.stream().map(Object::toString).toList();
    }
}
