package org.cardhub.sales;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart: a bar a day, stacked by category of customer, in roubles, in the page's language. */
class SalesChartTest {

    @Test
    void aBarADayStackedByCategory() {
        JsonObject chart = Json.createReader(new StringReader(SalesChart.of(SalesFilesTest.report(),
                new SalesTexts(Locale.forLanguageTag("ru"))))).readObject();

        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("07.12", "08.12");
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets).hasSize(3);
        assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Платное питание учеников");
        assertThat(datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("150.00");
        assertThat(datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("80.00");
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked")).isTrue();
        assertThat(chart.getJsonObject("options").getString("locale")).isEqualTo("ru");
    }
}
