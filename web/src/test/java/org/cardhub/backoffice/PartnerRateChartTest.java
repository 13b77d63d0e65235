package org.cardhub.backoffice;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.partners.boundary.PartnerDesk;
import org.cardhub.partners.entity.RequestCount;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerRateChartTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 6, 14, 35, 0, 0, ZoneId.of("Europe/Moscow"));
    private static final Map<String, String> TEXTS = Map.of("partners.status.ok", "Success", "partners.status.refused", "Refused",
            "partners.status.failed", "Failed", "partners.status.inFlight", "In progress", "partners.chart.requests", "Requests");

    @Test
    void everyHourOfTheDayIsABarStackedByAnswer() {
        List<RequestCount> counts = List.of(new RequestCount("2026-12-06 14", 200, 5), new RequestCount("2026-12-06 14", 422, 1),
                new RequestCount("2026-12-06 09", 200, 2), new RequestCount("2026-12-06 14", 0, 1));

        JsonObject chart = read(PartnerRateChart.of(counts, PartnerDesk.Span.HOURS, NOW, Locale.ENGLISH, TEXTS::get));

        var labels = chart.getJsonObject("data").getJsonArray("labels");
        assertThat(labels).hasSize(24);
        assertThat(labels.getString(23)).isEqualTo("06.12 14:00");
        assertThat(labels.getString(0)).isEqualTo("05.12 15:00");
        var datasets = chart.getJsonObject("data").getJsonArray("datasets").getValuesAs(JsonObject.class);
        assertThat(datasets).extracting(set -> set.getString("label")).containsExactly("In progress", "Success (200)", "Refused (422)");
        assertThat(datasets.get(1).getJsonArray("data").getJsonNumber(23).longValue()).isEqualTo(5);
        assertThat(datasets.get(1).getJsonArray("data").getJsonNumber(18).longValue()).isEqualTo(2);
        assertThat(chart.getString("type")).isEqualTo("bar");
    }

    @Test
    void aMonthByDayHasThirtyBarsEvenWithoutRequests() {
        JsonObject chart = read(PartnerRateChart.of(List.of(), PartnerDesk.Span.DAYS, NOW, Locale.ENGLISH, TEXTS::get));

        assertThat(chart.getJsonObject("data").getJsonArray("labels")).hasSize(30);
        assertThat(chart.getJsonObject("data").getJsonArray("datasets")).isEmpty();
        assertThat(PartnerRateChart.label(503, TEXTS::get)).isEqualTo("Failed (503)");
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
